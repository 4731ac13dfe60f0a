import Taro from '@tarojs/taro';
import { withSession } from './api-client';
import { API_BASE, ApiError, toQueryString, type Query } from './http';
import { toastError } from './toast';

export interface Download {
  /** Path under the API base, e.g. `/api/files/3`. */
  path: string;
  query?: Query;
  /** What WeChat's document viewer opens it as; without one it goes by the file's extension. */
  fileType?: 'pdf' | 'xlsx';
}

const failure = (status: number, message?: string) =>
  new ApiError(status, `HTTP_${status}`, message ?? (status === 403 ? '没有权限下载该文件' : status === 404 ? '文件不存在' : '下载失败，请稍后重试'));

/** WeChat: into a temp file opened with the document viewer (which offers forwarding and saving). */
async function openInWechat(url: string, header: Record<string, string>, d: Download): Promise<void> {
  let res: Taro.downloadFile.FileSuccessCallbackResult;
  try {
    res = await Taro.downloadFile({ url, header });
  } catch {
    throw new ApiError(0, 'NETWORK', '网络连接失败，请稍后重试');
  }
  // downloadFile resolves for any status, with the error body as the "file".
  if (res.statusCode < 200 || res.statusCode >= 300) throw failure(res.statusCode);
  await Taro.openDocument({ filePath: res.tempFilePath, fileType: d.fileType, showMenu: true });
}

/** The name the server gives the file (`attachment; filename="a.xlsx"` or `filename*=UTF-8''…`). */
export function fileNameOf(contentDisposition: string | null): string {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(contentDisposition ?? '');
  if (encoded) return decodeURIComponent(encoded[1]);
  return /filename="?([^";]+)"?/i.exec(contentDisposition ?? '')?.[1] ?? 'download';
}

/** H5: fetched with the token (a link cannot carry it), then saved as a browser download. */
async function saveInBrowser(url: string, header: Record<string, string>): Promise<void> {
  let res: Response;
  try {
    res = await fetch(url, { headers: header });
  } catch {
    throw new ApiError(0, 'NETWORK', '网络连接失败，请稍后重试');
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw failure(res.status, body?.error?.message);
  }
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await res.blob());
  link.download = fileNameOf(res.headers.get('Content-Disposition'));
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}

/**
 * The one way the app downloads a file from the server: with the session like every API call (a 401
 * renews it once), the status checked, and a failure shown as a toast. Answers whether it opened.
 */
export async function download(d: Download): Promise<boolean> {
  const url = API_BASE + d.path + toQueryString(d.query);
  try {
    await withSession((token) => {
      const header: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
      return process.env.TARO_ENV === 'weapp' ? openInWechat(url, header, d) : saveInBrowser(url, header);
    });
    return true;
  } catch (error) {
    toastError(error);
    return false;
  }
}
