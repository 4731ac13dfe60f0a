import { useState } from 'react';
import PageShell from '../../../components/PageShell';
import PagedList from '../../../components/PagedList';
import { useMyClaims } from '../../../features/campaigns/api/claims';
import CouponCard from '../../../features/campaigns/components/CouponCard';
import Tabs from '../../../components/Tabs';
import { CLAIM_LABELS } from '../../../features/campaigns/labels';
import type { ClaimState } from '../../../features/campaigns/types';

const TABS = [{ value: undefined, label: '全部' }, ...(['unused', 'used', 'expired'] as const).map((s) => ({ value: s, label: CLAIM_LABELS[s] }))];

/** My coupons: show the QR code at the till; used and expired ones stay for the record. */
export default function CouponsPage() {
  const [state, setState] = useState<ClaimState>();
  const list = useMyClaims(state);
  return (
    <PageShell>
      <Tabs tabs={TABS} value={state} onChange={setState} />
      <PagedList list={list} keyOf={(c) => c.id} emptyTitle='还没有优惠券' emptyDescription='到商圈活动里领取商户优惠' renderItem={(c) => <CouponCard claim={c} />} />
    </PageShell>
  );
}
