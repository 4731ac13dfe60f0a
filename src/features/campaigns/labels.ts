export const PHASE_LABELS = { upcoming: '未开始', running: '进行中', ended: '已结束' } as const;
export const REVIEW_LABELS = { pending: '待审核', approved: '已通过', rejected: '未通过' } as const;
export const CLAIM_LABELS = { unused: '未使用', used: '已使用', expired: '已过期' } as const;
