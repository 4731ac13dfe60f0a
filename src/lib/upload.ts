import Taro from '@tarojs/taro';
import { withSession } from './api-client';
import { errorOf } from './api-error';
import { API_BASE, ApiError, toQueryString, type Query } from './http';

/** A file stored by POST /api/files; `url` is under the API base (join it with API_BASE to show it). */
export interface UploadedFile {
  id: number;
  url: string;
  contentType: string;
  size: number;
  sha256: string;
  name: string;
}

/** Taro.uploadFile answers the body as text, unlike Taro.request. */
function parse(data: unknown): unknown {
  if (typeof data !== 'string') return data;
  try {
    return JSON.parse(data);
  } catch {
    return null;
  }
}

async function uploadOnce<T>(token: string | undefined, path: string, query: Query | undefined, filePath: string, fileName?: string): Promise<T> {
  let res: { statusCode: number; data: unknown };
  try {
    res = await Taro.uploadFile({
      url: `${API_BASE}${path}${toQueryString(query)}`,
      filePath,
      name: 'file',
      header: token ? { Authorization: `Bearer ${token}` } : {},
      // H5 only: a blob URL has no name of its own; the mini program sends the temp file's.
      ...(fileName ? { fileName } : {}),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', '网络连接失败，请稍后重试');
  }
  const body = parse(res.data);
  if (res.statusCode >= 200 && res.statusCode < 300) return body as T;
  throw errorOf(res.statusCode, body, res.statusCode === 413 ? '文件太大' : '上传失败，请稍后重试');
}

/**
 * POST /api/files (multipart field `file`): the server checks the bytes (images and PDF only) and
 * answers the stored file; the same bytes uploaded twice answer the same record. Taro.uploadFile is
 * not a JSON request, so it runs under the API client's session handling directly.
 */
export const uploadFile = (filePath: string, fileName?: string): Promise<UploadedFile> => uploadTo<UploadedFile>('/api/files', undefined, { path: filePath, name: fileName });

/** A file posted as multipart field `file` to another endpoint that takes one (an Excel import), answering its JSON. */
export const uploadTo = <T>(path: string, query: Query | undefined, file: ChosenFile): Promise<T> => withSession((token) => uploadOnce<T>(token, path, query, file.path, file.name));

export interface ChosenFile {
  /** A temp file path (mini program) or a blob URL (H5), as Taro.uploadFile takes it. */
  path: string;
  name?: string;
}

/** Photos (notices, receipts, posters), from the album or the camera: up to `count` of them. */
export async function chooseImages(count = 9): Promise<ChosenFile[]> {
  const res = await Taro.chooseImage({ count, sizeType: ['compressed'], sourceType: ['album', 'camera'] });
  return res.tempFiles.map((f) => ({ path: f.path, name: (f as { originalFileObj?: File }).originalFileObj?.name }));
}

/**
 * Scanned PDFs. A phone keeps documents in chats, so the mini program picks from there; H5 has no
 * chooseMessageFile and uses the browser's own file dialog.
 */
export const choosePdfs = (): Promise<ChosenFile[]> => chooseDocuments('pdf', 'application/pdf,.pdf', 9);

/** Documents of one extension (PDF, or an .xlsx to import), from chats on the phone or the browser's file dialog in H5. */
export function chooseDocuments(extension: string, accept: string, count: number): Promise<ChosenFile[]> {
  if (process.env.TARO_ENV !== 'h5') {
    return Taro.chooseMessageFile({ count, type: 'file', extension: [extension] }).then((res) => res.tempFiles.map((f) => ({ path: f.path, name: f.name })));
  }
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.multiple = count > 1;
    input.onchange = () => resolve(Array.from(input.files ?? []).map((f) => ({ path: URL.createObjectURL(f), name: f.name })));
    input.click();
  });
}
