import { View } from '@tarojs/components';
import { CLAIM_LABELS, PHASE_LABELS, REVIEW_LABELS } from '../labels';
import './campaigns.scss';

const LABELS: Record<string, string> = { ...PHASE_LABELS, ...REVIEW_LABELS, ...CLAIM_LABELS };

/** A campaign phase, a review status or a coupon state, coloured by meaning. */
export default function Tag({ value }: { value: keyof typeof LABELS }) {
  return <View className={`campaign-tag campaign-tag--${value}`}>{LABELS[value]}</View>;
}
