import Taro from '@tarojs/taro';
import { useState } from 'react';
import { request } from '../../../lib/api-client';
import type { Appointment } from '../types';

export const revokeAppointment = (id: number) => request<void>({ method: 'DELETE', path: `/api/admin/scopes/${id}` });

/** Revoking from the list: a confirm dialog first (the admin loses access at once), then the call; `onRevoked` reloads the list. */
export function useRevokeAppointment(onRevoked: () => void) {
  const [busyId, setBusyId] = useState<number | null>(null);
  const revoke = async (a: Appointment) => {
    if (busyId !== null) return;
    const { confirm } = await Taro.showModal({
      title: '撤销管理员',
      content: `撤销${a.userNickname}对${a.organizationName}的管理权限？撤销后立即生效。`,
      confirmText: '撤销',
      confirmColor: '#C8161D',
    });
    if (!confirm) return;
    setBusyId(a.id);
    try {
      await revokeAppointment(a.id);
      void Taro.showToast({ title: '已撤销', icon: 'success' });
      onRevoked();
    } catch {
      // Shown by the client's toast.
    } finally {
      setBusyId(null);
    }
  };
  return { busyId, revoke };
}
