import type { MemberBinding, PartyMember } from './entities';

/** 138****5678: phone numbers are masked everywhere but where an authorised admin needs them. */
export const maskPhone = (phone: string) => (phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****');

/** `organizationName` is given where the reader shows it (我的); lists leave it out. */
export function presentBinding(b: MemberBinding, { maskPhone: mask, organizationName }: { maskPhone: boolean; organizationName?: string | null }) {
  return {
    id: b.id,
    userId: b.userId,
    name: b.name,
    phone: mask ? maskPhone(b.phone) : b.phone,
    organizationId: b.organizationId,
    ...(organizationName !== undefined && { organizationName }),
    status: b.status,
    rejectReason: b.review.rejectReason,
    reviewedAt: b.review.reviewedAt?.toISOString() ?? null,
    createdAt: b.createdAt.toISOString(),
  };
}

/**
 * A party member recorded without a binding request (from the member roll) is as approved as one
 * who asked: the same shape, with no request id. The phone stays masked: only its owner reads this.
 */
export function presentMemberAsBinding(m: PartyMember, organizationName: string | null) {
  return {
    id: null,
    userId: m.userId,
    name: m.name,
    phone: maskPhone(m.phone),
    organizationId: m.organizationId,
    organizationName,
    status: 'approved' as const,
    rejectReason: null,
    reviewedAt: null,
    createdAt: m.createdAt.toISOString(),
  };
}
