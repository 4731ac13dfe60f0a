export type BindingStatus = 'pending' | 'approved' | 'rejected';

/** A member binding request as the reviewing admin sees it: the phone in full, to check against the roll. */
export interface BindingForReview {
  id: number;
  userId: number;
  name: string;
  phone: string;
  organizationId: number;
  organizationName: string | null;
  status: BindingStatus;
  rejectReason: string | null;
  reviewedAt: string | null;
  createdAt: string;
}

export const BINDING_STATUS_LABELS: Record<BindingStatus, string> = {
  pending: '待审核',
  approved: '已通过',
  rejected: '已驳回',
};
