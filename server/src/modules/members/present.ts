import type { MemberBinding } from './entities';

/** 138****5678: phone numbers are masked everywhere but where an authorised admin needs them. */
export const maskPhone = (phone: string) => (phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****');

export function presentBinding(b: MemberBinding, { maskPhone: mask }: { maskPhone: boolean }) {
  return {
    id: b.id,
    userId: b.userId,
    name: b.name,
    phone: mask ? maskPhone(b.phone) : b.phone,
    organizationId: b.organizationId,
    status: b.status,
    rejectReason: b.rejectReason,
    reviewedAt: b.reviewedAt?.toISOString() ?? null,
    createdAt: b.createdAt.toISOString(),
  };
}
