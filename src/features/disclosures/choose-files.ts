import Taro from '@tarojs/taro';

export interface ChosenFile {
  /** A temp file path (mini program) or a blob URL (H5), as Taro.uploadFile takes it. */
  path: string;
  name?: string;
}

/** Photos of notices and receipts, from the album or the camera. */
export async function chooseImages(): Promise<ChosenFile[]> {
  const res = await Taro.chooseImage({ count: 9, sizeType: ['compressed'], sourceType: ['album', 'camera'] });
  return res.tempFiles.map((f) => ({ path: f.path, name: (f as { originalFileObj?: File }).originalFileObj?.name }));
}

/**
 * Scanned PDFs. A phone keeps documents in chats, so the mini program picks from there; H5 has no
 * chooseMessageFile and uses the browser's own file dialog.
 */
export function choosePdfs(): Promise<ChosenFile[]> {
  if (process.env.TARO_ENV !== 'h5') {
    return Taro.chooseMessageFile({ count: 9, type: 'file', extension: ['pdf'] }).then((res) => res.tempFiles.map((f) => ({ path: f.path, name: f.name })));
  }
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = 'application/pdf,.pdf';
    input.multiple = true;
    input.onchange = () => resolve(Array.from(input.files ?? []).map((f) => ({ path: URL.createObjectURL(f), name: f.name })));
    input.click();
  });
}
