import Taro from '@tarojs/taro';
import { useState } from 'react';
import { request } from '../../../lib/api-client';
import type { RollMember } from '../types';

export const revealPhone = (id: number) => request<{ id: number; phone: string }>({ method: 'POST', path: `/api/admin/members/${id}/phone` });

/**
 * Showing a member's full phone: asked for one at a time, after a dialog saying it is recorded
 * (the server audits every reveal). Revealed numbers stay shown until the page is left.
 */
export function useRevealPhone() {
  const [phones, setPhones] = useState<Record<number, string>>({});
  const [busyId, setBusyId] = useState<number | null>(null);
  const reveal = async (m: RollMember) => {
    if (busyId !== null) return;
    const { confirm } = await Taro.showModal({ title: '查看完整手机号', content: `查看${m.name}的手机号将记入操作日志，仅用于联系本人。`, confirmText: '查看', confirmColor: '#C8161D' });
    if (!confirm) return;
    setBusyId(m.id);
    try {
      const { phone } = await revealPhone(m.id);
      setPhones((p) => ({ ...p, [m.id]: phone }));
    } catch {
      // Shown by the client's toast.
    } finally {
      setBusyId(null);
    }
  };
  return { phones, busyId, reveal };
}
