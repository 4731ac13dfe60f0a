import { Column, Entity, Index } from 'typeorm';
import { BaseEntity, dateTime } from '../../db/base.entity';

export const SELECTION_STATES = ['nominating', 'voting', 'notice', 'final'] as const;
export type SelectionStatus = (typeof SELECTION_STATES)[number];

/**
 * A yearly 阳光党员 selection of an organisation: candidates from points and stars (more than the
 * seats: 差额), the members' vote, the winners published for 公示, then final. One per organisation
 * and year. Each step's dates are copied here when it is taken, so members see the whole timeline.
 */
@Entity('sunshine_selections')
@Index(['organizationId', 'year'], { unique: true })
export class SunshineSelection extends BaseEntity {
  @Column({ type: 'integer' })
  organizationId: number;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'integer' })
  seats: number;

  @Column({ type: 'varchar', length: 12 })
  status: SelectionStatus;

  @Column({ type: 'integer', nullable: true })
  voteId: number | null;

  @Column({ ...dateTime(), nullable: true })
  voteOpensAt: Date | null;

  @Column({ ...dateTime(), nullable: true })
  voteClosesAt: Date | null;

  @Column({ type: 'integer', nullable: true })
  noticeId: number | null;

  @Column({ ...dateTime(), nullable: true })
  noticeStartsAt: Date | null;

  @Column({ ...dateTime(), nullable: true })
  noticeEndsAt: Date | null;

  @Column({ ...dateTime(), nullable: true })
  finalizedAt: Date | null;

  @Column({ type: 'integer' })
  createdById: number;
}

/** A candidate, with the standing they were drawn by and, once counted, their votes and outcome. */
@Entity('selection_candidates')
@Index(['selectionId', 'memberId'], { unique: true })
export class SelectionCandidate extends BaseEntity {
  @Column({ type: 'integer' })
  selectionId: number;

  @Column({ type: 'integer' })
  memberId: number;

  @Column({ type: 'varchar', length: 30 })
  name: string;

  @Column({ type: 'integer' })
  organizationId: number;

  /** 1 = drawn first (most stars, then most points). */
  @Column({ type: 'integer' })
  rank: number;

  @Column({ type: 'integer' })
  points: number;

  @Column({ type: 'integer', nullable: true })
  stars: number | null;

  @Column({ type: 'integer', nullable: true })
  optionId: number | null;

  @Column({ type: 'integer', nullable: true })
  votes: number | null;

  @Column({ type: 'boolean', default: false })
  winner: boolean;

  /** An upheld objection in the 公示 dropped this winner. */
  @Column({ type: 'boolean', default: false })
  dropped: boolean;
}
