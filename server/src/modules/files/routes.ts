import multer from '@koa/multer';
import { z } from 'zod';
import { Invalid, TooLarge } from '../../errors';
import { route } from '../../http/route';
import { CONTENT_TYPES, PHOTO_LIMIT_BYTES } from './content-type';
import { filePolicy } from './policy';
import { StoredFile } from './present';
import { openFile, storeUpload } from './service';

/** Reads the one `file` part into memory, refusing more than the configured size while it streams. */
export async function readUpload(koa: Parameters<ReturnType<ReturnType<typeof multer>['single']>>[0], limitBytes: number) {
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: limitBytes, files: 1, fields: 5, parts: 6 }, defParamCharset: 'utf8' });
  try {
    await upload.single('file')(koa, async () => {});
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'LIMIT_FILE_SIZE') throw new TooLarge(`文件不能超过 ${Math.round(limitBytes / 1024 / 1024)} MB`);
    throw new Invalid('上传格式不正确', [{ in: 'body', field: 'file', message: code ?? 'malformed multipart body' }]);
  }
  const file = (koa.request as unknown as { file?: multer.File }).file;
  if (!file) throw new Invalid('请选择要上传的文件', [{ in: 'body', field: 'file', message: 'required' }]);
  return file;
}

const FileKeyParam = z.object({ sha256: z.string().regex(/^[0-9a-f]{64}$/, 'the SHA-256 of the file, 64 hex digits') });

export const fileRoutes = [
  route({
    method: 'post', path: '/files', access: 'user', status: 201, alsoStatus: [200], response: StoredFile, summary: 'Upload a file (multipart field `file`): admins an image or PDF; others a photo (an image, at most 5 MB, counted per user)',
    handler: async ({ deps, actor, koa, status }) => {
      // Before the body is read: a refused caller's bytes are never taken in.
      const kind = await filePolicy.upload(deps.db.manager, actor);
      if (kind === 'photo') await deps.limits.consume('photo', actor.id);
      const limit = kind === 'photo' ? Math.min(PHOTO_LIMIT_BYTES, deps.config.uploadLimitBytes) : deps.config.uploadLimitBytes;
      const { file, created } = await storeUpload(deps, actor, await readUpload(koa, limit), kind);
      if (!created) status(200);
      return file;
    },
  }),
  route({
    method: 'get', path: '/files/:sha256', access: 'public', response: { file: CONTENT_TYPES }, summary: 'The bytes of a file, by the SHA-256 of its content (the `url` of a stored file)', params: FileKeyParam,
    handler: async ({ deps, params, koa }) => {
      const { file, stream } = await openFile(deps, params.sha256);
      koa.type = file.contentType;
      koa.length = file.size;
      // Content never changes under an id (it is addressed by its hash), so caches may keep it.
      koa.set('Cache-Control', 'public, max-age=31536000, immutable');
      koa.set('ETag', `"${file.sha256}"`);
      koa.set('X-Content-Type-Options', 'nosniff');
      // Images show in place; a PDF (it may run script in some viewers) is downloaded, never rendered on our origin.
      const disposition = file.contentType.startsWith('image/') ? 'inline' : 'attachment';
      koa.set('Content-Disposition', `${disposition}; filename*=UTF-8''${encodeURIComponent(file.name)}`);
      koa.set('Content-Security-Policy', "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox");
      koa.body = stream;
      return undefined;
    },
  }),
];
