import type { Tone } from '../../components/StatusTag';

export const PHASE_LABELS = { upcoming: '未开始', running: '进行中', ended: '已结束' } as const;
export const REVIEW_LABELS = { pending: '待审核', approved: '已通过', rejected: '未通过' } as const;
export const CLAIM_LABELS = { unused: '未使用', used: '已使用', expired: '已过期' } as const;

/** A campaign phase, a review status or a claim state. */
export type CampaignStatus = keyof typeof PHASE_LABELS | keyof typeof REVIEW_LABELS | keyof typeof CLAIM_LABELS;

export const STATUS_LABELS: Record<CampaignStatus, string> = { ...PHASE_LABELS, ...REVIEW_LABELS, ...CLAIM_LABELS };
export const STATUS_TONES: Record<CampaignStatus, Tone> = {
  upcoming: 'warning', running: 'success', ended: 'neutral',
  pending: 'warning', approved: 'success', rejected: 'danger',
  unused: 'success', used: 'neutral', expired: 'neutral',
};
