import type { StoredFile } from './entities';

/** Served by the content's SHA-256, not the id: a draft's attachment cannot be found by counting. */
export const fileUrl = (sha256: string) => `/api/files/${sha256}`;

export const presentFile = (f: StoredFile) => ({ id: f.id, url: fileUrl(f.sha256), contentType: f.contentType, size: f.size, sha256: f.sha256, name: f.name });
export type PresentedFile = ReturnType<typeof presentFile>;
