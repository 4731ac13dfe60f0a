import { useState } from 'react';
import PageShell from '../../../components/PageShell';
import PagedList from '../../../components/PagedList';
import { useMyClaims } from '../../../features/campaigns/api/claims';
import ClaimCard from '../../../features/campaigns/components/ClaimCard';
import Tabs from '../../../components/Tabs';
import { CLAIM_LABELS } from '../../../features/campaigns/labels';
import type { ClaimState } from '../../../features/campaigns/types';

const TABS = [{ value: undefined, label: '全部' }, ...(['unused', 'used', 'expired'] as const).map((s) => ({ value: s, label: CLAIM_LABELS[s] }))];

/** My claims (我的优惠券): show the QR code at the till; used and expired ones stay for the record. */
export default function MyClaimsPage() {
  const [state, setState] = useState<ClaimState>();
  const list = useMyClaims(state);
  return (
    <PageShell>
      <Tabs tabs={TABS} value={state} onChange={setState} />
      <PagedList list={list} keyOf={(c) => c.id} emptyTitle='还没有优惠券' emptyDescription='到商圈活动里领取商户优惠' renderItem={(c) => <ClaimCard claim={c} />} />
    </PageShell>
  );
}
