import { z } from 'zod';
import { Instant, Int } from '../../core/output';
import { pageOf } from '../../core/paging';
import type { MemberBinding as MemberBindingRow, PartyMember } from './entities';

/** 138****5678: phone numbers are masked everywhere but where an authorised admin needs them. */
export const maskPhone = (phone: string) => (phone.length >= 7 ? `${phone.slice(0, 3)}****${phone.slice(-4)}` : '****');
/** A member's name in a public list: the family name and a star for each other character (张**). */
export const maskName = (name: string) => `${name.slice(0, 1)}${'*'.repeat(Math.max(1, name.length - 1))}`;

/** A binding request; `organizationName` is given where the reader shows it (the review list). */
export const MemberBinding = z
  .object({
    id: Int,
    userId: Int,
    name: z.string(),
    phone: z.string(),
    organizationId: Int,
    organizationName: z.string().nullable().optional(),
    status: z.enum(['pending', 'approved', 'rejected']),
    rejectReason: z.string().nullable(),
    reviewedAt: Instant.nullable(),
    createdAt: Instant,
  })
  .meta({ id: 'MemberBinding' });
/** A request as the reviewing admin sees it: the phone in full, and the roll member it matches by name and phone (null: none). */
export const BindingForReviewPage = pageOf(MemberBinding.extend({ rollMemberId: Int.nullable() }).meta({ id: 'MemberBindingForReview' }));

/** Where I stand as a party member (我的): my latest request, or an approved binding with no request id when I am on the roll without one. */
export const MyMemberBinding = MemberBinding.extend({ id: Int.nullable(), organizationName: z.string().nullable() }).meta({ id: 'MyMemberBinding' });

export function presentBinding(b: MemberBindingRow, { maskPhone: mask, organizationName }: { maskPhone: boolean; organizationName?: string | null }): z.infer<typeof MemberBinding> {
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
export function presentMemberAsBinding(m: PartyMember, userId: number, organizationName: string | null): z.infer<typeof MyMemberBinding> {
  return {
    id: null,
    userId,
    name: m.name,
    phone: maskPhone(m.phone),
    organizationId: m.organizationId,
    organizationName,
    status: 'approved',
    rejectReason: null,
    reviewedAt: null,
    createdAt: m.createdAt.toISOString(),
  };
}

/** A member on the roll as an admin lists it: the phone masked (revealing it is a separate, audited request). */
export const RollMember = z
  .object({ id: Int, name: z.string(), phoneMasked: z.string(), organizationId: Int, organizationName: z.string().nullable(), joinedAt: z.iso.date().nullable(), birthYear: Int.nullable(), userId: Int.nullable() })
  .meta({ id: 'RollMember' });
export const RollMemberPage = pageOf(RollMember);
export const RevealedPhone = z.object({ id: Int, phone: z.string() }).meta({ id: 'RevealedPhone' });
