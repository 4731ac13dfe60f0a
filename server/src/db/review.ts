import { Column, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { Conflict } from '../errors';
import { dateTime } from './base.entity';

/**
 * Who decided a pending request and when, embedded as `review` in every entity an admin reviews.
 * `prefix: false` keeps the columns' names (reviewerId, reviewedAt, rejectReason), so the tables
 * stay as their migrations made them.
 */
export class Review {
  @Column({ type: 'integer', nullable: true })
  reviewerId: number | null;

  @Column({ ...dateTime(), nullable: true })
  reviewedAt: Date | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  rejectReason: string | null;
}

export type Decision = { approve: true } | { approve: false; reason: string };

interface Reviewable extends ObjectLiteral {
  id: number;
  status: string;
  review: Review;
}

/** What the reviewing module writes to its audit log (its own `recordAudit`, with the acting admin). */
export type ReviewAudit = (entry: { action: string; entityType: string; entityId: number; organizationPath: string; before: object; after: object }) => Promise<void>;

/**
 * Decides a pending request once. The UPDATE is conditional on `status = 'pending'`, so a double
 * click or two admins deciding at once end with exactly one decision; the other answers 409
 * ALREADY_REVIEWED. Audited as `<entityType>.approve` / `.reject` with before and after, in the
 * caller's transaction `m`. Answers the row as decided.
 */
export async function reviewOnce<E extends Reviewable>(
  m: EntityManager,
  o: {
    entity: EntityTarget<E>;
    before: E;
    decision: Decision;
    reviewerId: number;
    at: Date;
    /** Other columns the decision sets, e.g. freeing a "one open request per user" slot. */
    alsoSet?: QueryDeepPartialEntity<E>;
    alreadyReviewed: string;
    entityType: string;
    organizationPath: string;
    present: (row: E) => object;
    audit: ReviewAudit;
  },
): Promise<E> {
  const { approve } = o.decision;
  const review: Review = { reviewerId: o.reviewerId, reviewedAt: o.at, rejectReason: o.decision.approve ? null : o.decision.reason };
  const result = await m
    .createQueryBuilder()
    .update(o.entity)
    .set({ ...o.alsoSet, status: approve ? 'approved' : 'rejected', review } as unknown as QueryDeepPartialEntity<E>)
    .where('id = :id AND status = :pending', { id: o.before.id, pending: 'pending' })
    .execute();
  if (!result.affected) throw new Conflict('ALREADY_REVIEWED', o.alreadyReviewed);
  const after = await m.findOneByOrFail(o.entity, { id: o.before.id } as never);
  await o.audit({
    action: `${o.entityType}.${approve ? 'approve' : 'reject'}`,
    entityType: o.entityType,
    entityId: o.before.id,
    organizationPath: o.organizationPath,
    before: o.present(o.before),
    after: o.present(after),
  });
  return after;
}
