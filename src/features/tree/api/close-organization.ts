import Taro from '@tarojs/taro';
import { useState } from 'react';
import { request } from '../../../lib/api-client';
import type { Organization } from '../../orgs';

export const closeOrganization = (id: number) => request<Organization & { closedCount: number }>({ method: 'POST', path: `/api/organizations/${id}/close` });

/** 撤销 an organisation: a confirm dialog first (its whole subtree closes with it), then the call and a toast. */
export function useCloseOrganization(onClosed: () => void) {
  const [busy, setBusy] = useState(false);
  const close = async (o: Organization) => {
    if (busy) return;
    const { confirm } = await Taro.showModal({
      title: '撤销组织',
      content: `撤销“${o.name}”及其全部下级组织？撤销后不再出现在选择列表中，历史记录仍可查看。`,
      confirmText: '撤销',
      confirmColor: '#C8161D',
    });
    if (!confirm) return;
    setBusy(true);
    try {
      const closed = await closeOrganization(o.id);
      void Taro.showToast({ title: `已撤销 ${closed.closedCount} 个组织`, icon: 'none' });
      onClosed();
    } catch {
      // Shown by the client's toast.
    } finally {
      setBusy(false);
    }
  };
  return { busy, close };
}
