import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../db/base.entity';

/** What a point entry was earned for; `sourceId` is the row of that kind (e.g. an activity). */
export const POINT_SOURCES = ['activity'] as const;
export type PointSource = (typeof POINT_SOURCES)[number];

/**
 * One line of a member's points ledger (信息化管理考核积分). Append-only: a correction is a new entry
 * with a negative delta, never an edit. Unique per (user, source): a retried award never pays twice,
 * and star ratings built on the ledger can trace every point to its cause.
 */
@Entity('point_entries')
@Index(['userId', 'sourceType', 'sourceId'], { unique: true })
@Index(['userId', 'createdAt'])
@Index(['organizationPath', 'createdAt'])
export class PointEntry extends BaseEntity {
  @Column({ type: 'integer' })
  userId: number;

  @Column({ type: 'integer' })
  delta: number;

  /** Why, in words a member reads: 参加活动「…」. */
  @Column({ type: 'varchar', length: 200 })
  reason: string;

  @Column({ type: 'varchar', length: 30 })
  sourceType: PointSource;

  @Column({ type: 'integer' })
  sourceId: number;

  /** The member's organisation when the points were earned, so rankings by organisation stay stable. */
  @Column({ type: 'integer' })
  organizationId: number;

  @Column({ type: 'varchar', length: 255 })
  organizationPath: string;
}
