import { Input, View } from '@tarojs/components';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import StatusTag, { type Tone } from '../../../components/StatusTag';
import { formatDateTime } from '../../../lib/format';
import type { Decision } from '../api/review-member-binding';
import { BINDING_STATUS_LABELS, type BindingForReview } from '../types';
import './BindingReviewCard.scss';

const STATUS_TONES: Record<BindingForReview['status'], Tone> = { pending: 'warning', approved: 'success', rejected: 'danger' };

interface Props {
  binding: BindingForReview;
  busy: boolean;
  onDecide: (d: Decision) => Promise<boolean>;
}

/** One request: who, how to reach them, where; pending ones get 通过 and 驳回 (with a reason typed in place). */
export default function BindingReviewCard({ binding: b, busy, onDecide }: Props) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const reject = async () => {
    if (await onDecide({ approve: false, reason: reason.trim() || '未通过审核' })) setRejecting(false);
  };
  return (
    <View className='binding-review'>
      <View className='binding-review__head'>
        <View className='binding-review__name'>{b.name}</View>
        <StatusTag tone={STATUS_TONES[b.status]} label={BINDING_STATUS_LABELS[b.status]} />
      </View>
      <View className='binding-review__line'>手机号：{b.phone}</View>
      <View className='binding-review__line'>组织：{b.organizationName ?? `#${b.organizationId}`}</View>
      {b.status === 'pending' &&
        (b.rollMemberId !== null ? (
          <View className='binding-review__line binding-review__line--matched'>党员名册：姓名和手机号一致</View>
        ) : (
          <View className='binding-review__line binding-review__line--unmatched'>党员名册：没有姓名和手机号都一致的党员，请核实后再通过</View>
        ))}
      <View className='binding-review__line'>
        提交：{formatDateTime(b.createdAt)}
        {b.reviewedAt && `　审核：${formatDateTime(b.reviewedAt)}`}
      </View>
      {b.status === 'rejected' && b.rejectReason && <View className='binding-review__line'>驳回原因：{b.rejectReason}</View>}
      {b.status === 'pending' &&
        (rejecting ? (
          <View className='binding-review__reject'>
            <Input className='binding-review__reason' placeholder='驳回原因，如：查无此人' maxlength={200} value={reason} onInput={(e) => setReason(e.detail.value)} />
            <View className='binding-review__actions'>
              <ActionButton variant='plain' onClick={() => setRejecting(false)}>
                取消
              </ActionButton>
              <ActionButton loading={busy} disabled={busy} onClick={() => void reject()}>
                确认驳回
              </ActionButton>
            </View>
          </View>
        ) : (
          <View className='binding-review__actions'>
            <ActionButton variant='plain' disabled={busy} onClick={() => setRejecting(true)}>
              驳回
            </ActionButton>
            <ActionButton loading={busy} disabled={busy} onClick={() => void onDecide({ approve: true })}>
              通过
            </ActionButton>
          </View>
        ))}
    </View>
  );
}
