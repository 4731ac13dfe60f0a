import type { components } from '../../lib/api-schema';

export type BindingStatus = components['schemas']['MemberBinding']['status'];

/** A member binding request as the reviewing admin sees it: the phone in full, and the roll member it matches. */
export type BindingForReview = components['schemas']['MemberBindingForReview'];

export const BINDING_STATUS_LABELS: Record<BindingStatus, string> = {
  pending: '待审核',
  approved: '已通过',
  rejected: '已驳回',
};

/** A member on the roll as an admin lists it: the phone masked until revealed. */
export type RollMember = components['schemas']['RollMember'];
