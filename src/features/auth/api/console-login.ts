import Taro from '@tarojs/taro';
import { useState } from 'react';
import { request } from '../../../lib/api-client';

/** Who logs in to the desk console, and where the console is (its browser and address). */
export interface ConsoleLoginScan {
  ticketId: number;
  user: { nickname: string; roleLabel: string };
  where: { ip: string; browser: string };
  expiresAt: string;
}

export const scanConsoleLogin = (qrPayload: string) => request<ConsoleLoginScan>({ method: 'POST', path: '/api/console/login-tickets/scan', body: { qrPayload } });

/** 确认登录 / 取消 for a scanned ticket; the client's toast says why a refusal failed (expired, used). */
export function useDecideConsoleLogin() {
  const [busy, setBusy] = useState(false);
  const [decided, setDecided] = useState<'confirmed' | 'cancelled'>();
  const decide = async (ticketId: number, confirm: boolean) => {
    if (busy) return;
    setBusy(true);
    try {
      await request({ method: 'POST', path: `/api/console/login-tickets/${ticketId}/${confirm ? 'confirm' : 'cancel'}`, body: {} });
      setDecided(confirm ? 'confirmed' : 'cancelled');
      void Taro.showToast({ title: confirm ? '已确认登录' : '已取消', icon: 'success' });
    } catch {
      // Shown by the client's toast.
    } finally {
      setBusy(false);
    }
  };
  return { busy, decided, decide };
}
