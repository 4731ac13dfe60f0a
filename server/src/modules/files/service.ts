import crypto from 'node:crypto';
import type { Readable } from 'node:stream';
import path from 'node:path';
import { In, type EntityManager } from 'typeorm';
import type { Deps } from '../../deps';
import { AppError, Conflict, fromDatabaseError, getOrThrow, Invalid, NotFound } from '../../errors';
import type { Actor } from '../../core/actor';
import { isImage, sniffContentType, type UploadKind } from './content-type';
import { FileUpload, StoredFile } from './entities';
import { fileUrl, presentFile, type PresentedFile } from './present';

export interface Upload {
  buffer: Buffer;
  originalname: string;
}

/**
 * A file name as readers see it: without control and bidirectional-formatting characters (U+202E
 * turns `gpj.exe` into what reads as `exe.jpg`) and without zero-width ones.
 */
export const cleanName = (name: string) => name.replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, '').trim();

/**
 * Stores an upload once per content: the bytes go to storage under their SHA-256 (before the row,
 * so a row never names missing bytes) and the unique sha256 index makes a second upload of the
 * same bytes, even a concurrent one, answer the first record.
 */
export async function storeUpload(deps: Deps, actor: Actor, upload: Upload, kind: UploadKind): Promise<{ file: PresentedFile; created: boolean }> {
  const contentType = sniffContentType(upload.buffer);
  if (!contentType || (kind === 'photo' && !isImage(contentType)))
    throw new AppError(415, 'UNSUPPORTED_FILE_TYPE', kind === 'photo' ? '只能上传图片（JPEG/PNG/WebP/GIF）' : '只能上传图片（JPEG/PNG/WebP/GIF）或 PDF 文件');
  const sha256 = crypto.createHash('sha256').update(upload.buffer).digest('hex');
  await deps.storage.put(sha256, upload.buffer, contentType);
  const name = (cleanName(path.basename(upload.originalname || '')) || `file-${sha256.slice(0, 8)}`).slice(0, 200);
  const created = await deps.db.manager
    .insert(StoredFile, { sha256, contentType, size: upload.buffer.length, name, uploadedById: actor.id })
    .then(() => true)
    .catch((err) => {
      if (fromDatabaseError(err) instanceof Conflict) return false; // the same bytes were stored before
      throw err;
    });
  const file = await deps.db.manager.findOneByOrFail(StoredFile, { sha256 });
  await deps.db.manager.createQueryBuilder().insert().into(FileUpload).values({ fileId: file.id, userId: actor.id }).orIgnore().execute();
  return { file: presentFile(file), created };
}

export async function openFile(deps: Deps, sha256: string): Promise<{ file: StoredFile; stream: Readable }> {
  const file = getOrThrow(await deps.db.manager.findOneBy(StoredFile, { sha256 }), '文件');
  const stream = await deps.storage.get(file.sha256);
  if (!stream) throw new NotFound('文件');
  return { file, stream };
}

/** For other modules: the files with these ids, in the order asked; unknown ids are left out. */
export async function getFiles(db: EntityManager, ids: number[]): Promise<PresentedFile[]> {
  if (!ids.length) return [];
  const rows = await db.findBy(StoredFile, { id: In([...new Set(ids)]) });
  const byId = new Map(rows.map((f) => [f.id, presentFile(f)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/**
 * For other modules: of these ids, the images this user uploaded (what a resident may show in
 * their own letter), in the order asked; others are left out.
 */
export async function ownImages(db: EntityManager, userId: number, ids: number[]): Promise<PresentedFile[]> {
  if (!ids.length) return [];
  const held = new Set((await db.findBy(FileUpload, { userId, fileId: In([...new Set(ids)]) })).map((u) => u.fileId));
  return (await getFiles(db, ids)).filter((f) => held.has(f.id) && isImage(f.contentType));
}

/** For other modules: the URL of each of these files, by id. */
export async function fileUrls(db: EntityManager, ids: number[]): Promise<Map<number, string>> {
  if (!ids.length) return new Map();
  const rows = await db.find(StoredFile, { where: { id: In([...new Set(ids)]) }, select: { id: true, sha256: true } });
  return new Map(rows.map((f) => [f.id, fileUrl(f.sha256)]));
}

/** A reference to a file that is not there is the caller's mistake: 400 naming the field. */
export async function assertFilesExist(db: EntityManager, ids: (number | null | undefined)[], field: string): Promise<void> {
  const wanted = [...new Set(ids.filter((id): id is number => typeof id === 'number'))];
  if (!wanted.length) return;
  const found = await db.count(StoredFile, { where: { id: In(wanted) } });
  if (found !== wanted.length) throw new Invalid('引用的文件不存在', [{ in: 'body', field, message: 'no such file' }], 'FILE_NOT_FOUND');
}
