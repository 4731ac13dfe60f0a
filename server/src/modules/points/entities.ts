import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../db/base.entity';

/** What a point entry was earned for; `sourceId` is the row of that kind (e.g. an activity). */
export const POINT_SOURCES = ['activity', 'award', 'correction', 'course'] as const;
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

  /** The points rule it was paid under (null for entries older than the rules). */
  @Column({ type: 'varchar', length: 40, nullable: true })
  ruleCode: string | null;

  /** The member's organisation when the points were earned, so rankings by organisation stay stable. */
  @Column({ type: 'integer' })
  organizationId: number;

  @Column({ type: 'varchar', length: 255 })
  organizationPath: string;
}

/**
 * A year's version of a points rule, edited by a district admin. A rule without a row for a year
 * takes its latest earlier version, else its default in `rules.ts`.
 */
@Entity('point_rules')
@Index(['code', 'year'], { unique: true })
export class PointRule extends BaseEntity {
  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'varchar', length: 60 })
  label: string;

  @Column({ type: 'integer' })
  points: number;

  @Column({ type: 'integer', nullable: true })
  yearlyCap: number | null;
}

/**
 * How many points (in absolute value) a member has been paid under one rule in one year. The yearly
 * cap holds because only a conditional UPDATE (`used + n <= cap`) raises it.
 */
@Entity('point_tallies')
@Index(['userId', 'ruleCode', 'year'], { unique: true })
export class PointTally extends BaseEntity {
  @Column({ type: 'integer' })
  userId: number;

  @Column({ type: 'varchar', length: 40 })
  ruleCode: string;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'integer', default: 0 })
  used: number;
}

/** An admin's award by rule: the cause a ledger entry of source `award` points to. */
@Entity('point_awards')
@Index(['memberId', 'createdAt'])
export class PointAward extends BaseEntity {
  @Column({ type: 'integer' })
  memberId: number;

  @Column({ type: 'varchar', length: 40 })
  ruleCode: string;

  @Column({ type: 'varchar', length: 200 })
  note: string;

  @Column({ type: 'integer' })
  awardedBy: number;
}
