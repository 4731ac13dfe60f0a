import { z } from 'zod';
import { Int } from '../../core/output';
import type { StoredFile as StoredFileRow } from './entities';

/** Served by the content's SHA-256, not the id: a draft's attachment cannot be found by counting. */
export const fileUrl = (sha256: string) => `/api/files/${sha256}`;

export const StoredFile = z
  .object({ id: Int, url: z.string(), contentType: z.string(), size: Int, sha256: z.string().regex(/^[0-9a-f]{64}$/), name: z.string() })
  .meta({ id: 'StoredFile' });
export type PresentedFile = z.infer<typeof StoredFile>;

export const presentFile = (f: StoredFileRow): PresentedFile => ({ id: f.id, url: fileUrl(f.sha256), contentType: f.contentType, size: f.size, sha256: f.sha256, name: f.name });
