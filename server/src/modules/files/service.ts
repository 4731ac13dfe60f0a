import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { In, type EntityManager } from 'typeorm';
import type { Deps } from '../../deps';
import { AppError, Conflict, fromDatabaseError, getOrThrow, NotFound } from '../../errors';
import type { Actor } from '../../core/actor';
import { sniffContentType } from './content-type';
import { StoredFile } from './entities';
import { presentFile, type PresentedFile } from './present';

export interface Upload {
  buffer: Buffer;
  originalname: string;
}

const bytesPath = (deps: Deps, sha256: string) => path.resolve(deps.config.storageDir, sha256.slice(0, 2), sha256);

/**
 * Stores an upload once per content: the bytes go to a file named by their SHA-256 (written to a
 * temporary name and renamed, so a reader never sees half a file) and the unique sha256 index
 * makes a second upload of the same bytes, even a concurrent one, answer the first record.
 */
export async function storeUpload(deps: Deps, actor: Actor, upload: Upload): Promise<{ file: PresentedFile; created: boolean }> {
  const contentType = sniffContentType(upload.buffer);
  if (!contentType) throw new AppError(415, 'UNSUPPORTED_FILE_TYPE', '只能上传图片（JPEG/PNG/WebP/GIF）或 PDF 文件');
  const sha256 = crypto.createHash('sha256').update(upload.buffer).digest('hex');
  const target = bytesPath(deps, sha256);
  if (!fs.existsSync(target)) {
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    const tmp = `${target}.${crypto.randomBytes(6).toString('hex')}.tmp`;
    await fs.promises.writeFile(tmp, upload.buffer);
    await fs.promises.rename(tmp, target);
  }
  const name = (path.basename(upload.originalname || '').trim() || `file-${sha256.slice(0, 8)}`).slice(0, 200);
  const created = await deps.db.manager
    .insert(StoredFile, { sha256, contentType, size: upload.buffer.length, name, uploadedById: actor.id })
    .then(() => true)
    .catch((err) => {
      if (fromDatabaseError(err) instanceof Conflict) return false; // the same bytes were stored before
      throw err;
    });
  const file = await deps.db.manager.findOneByOrFail(StoredFile, { sha256 });
  return { file: presentFile(file), created };
}

export async function openFile(deps: Deps, id: number): Promise<{ file: StoredFile; stream: fs.ReadStream }> {
  const file = getOrThrow(await deps.db.manager.findOneBy(StoredFile, { id }), '文件');
  const p = bytesPath(deps, file.sha256);
  if (!fs.existsSync(p)) throw new NotFound('文件');
  return { file, stream: fs.createReadStream(p) };
}

/** For other modules: the files with these ids, in the order asked; unknown ids are left out. */
export async function getFiles(db: EntityManager, ids: number[]): Promise<PresentedFile[]> {
  if (!ids.length) return [];
  const rows = await db.findBy(StoredFile, { id: In([...new Set(ids)]) });
  const byId = new Map(rows.map((f) => [f.id, presentFile(f)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
