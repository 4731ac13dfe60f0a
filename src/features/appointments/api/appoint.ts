import Taro from '@tarojs/taro';
import { useState } from 'react';
import { request } from '../../../lib/api-client';
import type { Appointment } from '../types';

export const appoint = (body: { userId: number; organizationId: number }) =>
  request<Appointment>({ method: 'POST', path: '/api/admin/scopes', body });

/** The appoint form's call: one at a time, a toast; the client's toast says why a refusal failed (out of scope, unknown user). */
export function useAppoint(onAppointed: () => void) {
  const [busy, setBusy] = useState(false);
  const submit = async (body: { userId: number; organizationId: number }): Promise<boolean> => {
    if (busy) return false;
    setBusy(true);
    try {
      const a = await appoint(body);
      void Taro.showToast({ title: `已任命${a.userNickname}`, icon: 'success' });
      onAppointed();
      return true;
    } catch {
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, submit };
}
