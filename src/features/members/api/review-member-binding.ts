import Taro from '@tarojs/taro';
import { useState } from 'react';
import { request } from '../../../lib/api-client';
import type { BindingForReview } from '../types';

export type Decision = { approve: true } | { approve: false; reason: string };

export const reviewMemberBinding = (id: number, d: Decision) =>
  request<BindingForReview>({
    method: 'POST',
    path: `/api/admin/member-bindings/${id}/${d.approve ? 'approve' : 'reject'}`,
    body: d.approve ? {} : { reason: d.reason },
  });

/**
 * Deciding a request from the review list: a confirm dialog first (approving makes someone a party
 * member, which they keep), then the call; `onDecided` reloads the list. The client's toast says
 * why a refusal failed (already reviewed by someone else, out of scope).
 */
export function useReviewMemberBinding(onDecided: () => void) {
  const [busyId, setBusyId] = useState<number | null>(null);
  const decide = async (b: BindingForReview, d: Decision): Promise<boolean> => {
    if (busyId !== null) return false;
    const { confirm } = await Taro.showModal({
      title: d.approve ? '通过党员认证' : '驳回党员认证',
      content: d.approve ? `确认${b.name}（${b.phone}）是${b.organizationName ?? '本组织'}的党员？` : `驳回${b.name}的申请，原因：${d.reason}`,
      confirmText: d.approve ? '通过' : '驳回',
      confirmColor: '#C8161D',
    });
    if (!confirm) return false;
    setBusyId(b.id);
    try {
      await reviewMemberBinding(b.id, d);
      void Taro.showToast({ title: d.approve ? '已通过' : '已驳回', icon: 'success' });
      onDecided();
      return true;
    } catch {
      return false;
    } finally {
      setBusyId(null);
    }
  };
  return { busyId, decide };
}
