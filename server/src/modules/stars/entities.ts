import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../db/base.entity';

/** 民主评议党员: the branch's yearly review of each member. */
export const REVIEW_RESULTS = ['excellent', 'qualified', 'basic', 'unqualified'] as const;
export type ReviewResult = (typeof REVIEW_RESULTS)[number];

/** A member's review result for a year, recorded by a branch admin; one per member and year. */
@Entity('member_reviews')
@Index(['memberId', 'year'], { unique: true })
export class MemberReview extends BaseEntity {
  @Column({ type: 'integer' })
  memberId: number;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'varchar', length: 20 })
  result: ReviewResult;

  @Column({ type: 'integer' })
  recordedBy: number;
}

/**
 * A member's stars (星级党员) for a year, as the last computation left them, with the points and
 * review behind them and the rule's wording, so what is shown is what was decided.
 */
@Entity('star_ratings')
@Index(['memberId', 'year'], { unique: true })
@Index(['organizationPath', 'year'])
export class StarRating extends BaseEntity {
  @Column({ type: 'integer' })
  memberId: number;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'integer' })
  organizationId: number;

  @Column({ type: 'varchar', length: 255 })
  organizationPath: string;

  @Column({ type: 'integer' })
  stars: number;

  @Column({ type: 'integer' })
  points: number;

  @Column({ type: 'varchar', length: 20, nullable: true })
  review: ReviewResult | null;

  @Column({ type: 'varchar', length: 200 })
  reason: string;
}
