import { useState } from 'react';
import PagedList from '../../../components/PagedList';
import PageShell from '../../../components/PageShell';
import Tabs from '../../../components/Tabs';
import { useMemberBindings } from '../../../features/members/api/list-member-bindings';
import { useReviewMemberBinding } from '../../../features/members/api/review-member-binding';
import BindingReviewCard from '../../../features/members/components/BindingReviewCard';
import { BINDING_STATUS_LABELS, type BindingStatus } from '../../../features/members/types';

const TABS = (Object.keys(BINDING_STATUS_LABELS) as BindingStatus[]).map((value) => ({ value, label: BINDING_STATUS_LABELS[value] }));

const EMPTY: Record<BindingStatus, string> = {
  pending: '没有待审核的申请',
  approved: '还没有通过的申请',
  rejected: '还没有驳回的申请',
};

/** 党员认证审核: requests in my scope by status; a decision takes the request off the pending list. */
export default function BindingsReviewPage() {
  const [status, setStatus] = useState<BindingStatus>('pending');
  const list = useMemberBindings(status);
  const { busyId, decide } = useReviewMemberBinding(() => void list.reload());
  return (
    <PageShell>
      <Tabs tabs={TABS} value={status} onChange={setStatus} />
      <PagedList
        list={list}
        keyOf={(b) => b.id}
        emptyTitle={EMPTY[status]}
        emptyDescription={status === 'pending' ? '居民在“我的”提交党员认证后会出现在这里' : undefined}
        renderItem={(b) => <BindingReviewCard binding={b} busy={busyId === b.id} onDecide={(d) => decide(b, d)} />}
      />
    </PageShell>
  );
}
