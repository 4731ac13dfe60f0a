import Taro from '@tarojs/taro';
import { ApiError } from './http';

export function toastError(error: unknown): void {
  const title = error instanceof ApiError ? error.message : '操作失败，请稍后重试';
  void Taro.showToast({ title, icon: 'none', duration: 2500 });
}
