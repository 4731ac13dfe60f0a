import Taro from '@tarojs/taro';
import { getToken, renewSession } from '../../../lib/auth';
import { API_BASE, ApiError } from '../../../lib/http';
import type { Attachment } from '../types';

type ErrorBody = { error?: { code?: string; message?: string; details?: unknown } } | null;

/** uploadFile answers the body as text, unlike Taro.request. */
function parse(data: unknown): unknown {
  if (typeof data !== 'string') return data;
  try {
    return JSON.parse(data);
  } catch {
    return null;
  }
}

async function uploadOnce(filePath: string, fileName?: string): Promise<Attachment> {
  const token = getToken();
  let res: { statusCode: number; data: unknown };
  try {
    res = await Taro.uploadFile({
      url: `${API_BASE}/api/files`,
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
  if (res.statusCode >= 200 && res.statusCode < 300) return body as Attachment;
  const error = (body as ErrorBody)?.error;
  throw new ApiError(res.statusCode, error?.code ?? `HTTP_${res.statusCode}`, error?.message ?? (res.statusCode === 413 ? '文件太大' : '上传失败，请稍后重试'), error?.details);
}

/**
 * POST /api/files (multipart field `file`): the server checks the bytes (images and PDF only) and
 * answers the stored file; the same bytes uploaded twice answer the same record. Taro.uploadFile does
 * not go through the API client, so the session is renewed here the same way: once, on a 401.
 */
export async function uploadAttachment(filePath: string, fileName?: string): Promise<Attachment> {
  try {
    return await uploadOnce(filePath, fileName);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 401) || !(await renewSession())) throw error;
    return uploadOnce(filePath, fileName);
  }
}
