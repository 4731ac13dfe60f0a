import type { StoredFile } from './entities';

export const fileUrl = (id: number) => `/api/files/${id}`;

export const presentFile = (f: StoredFile) => ({ id: f.id, url: fileUrl(f.id), contentType: f.contentType, size: f.size, sha256: f.sha256, name: f.name });
export type PresentedFile = ReturnType<typeof presentFile>;
