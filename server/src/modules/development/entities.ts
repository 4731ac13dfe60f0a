import { Column, Entity, Index } from 'typeorm';
import { BaseEntity, dateTime } from '../../db/base.entity';

/** The stages of 发展党员, in order: a move goes to the next one only. */
export const STAGES = ['applicant', 'activist', 'candidate', 'probationary', 'full'] as const;
export type Stage = (typeof STAGES)[number];

/**
 * An applicant (入党申请人) recorded by their branch, with the stage reached so far. Personal data is
 * minimal (no ID number) and read only by admins whose scope covers the branch.
 */
@Entity('applicants')
@Index(['organizationPath', 'stage'])
export class Applicant extends BaseEntity {
  @Column({ type: 'integer' })
  organizationId: number;

  @Column({ type: 'varchar', length: 255 })
  organizationPath: string;

  @Column({ type: 'varchar', length: 30 })
  name: string;

  /** A calendar day `1998-05-04`. */
  @Column({ type: 'varchar', length: 10 })
  birthDate: string;

  @Column(dateTime())
  appliedAt: Date;

  @Column({ type: 'varchar', length: 15 })
  stage: Stage;

  /** When the current stage was reached: what the duration rules count from. */
  @Column(dateTime())
  stageAt: Date;

  @Column({ type: 'varchar', length: 20, nullable: true })
  disqualifiedCode: string | null;

  @Column({ type: 'text', nullable: true })
  disqualifiedNote: string | null;

  @Column({ ...dateTime(), nullable: true })
  disqualifiedAt: Date | null;
}

/** One step of an applicant's timeline: the stage reached, when, with the note and the step's evidence. One per stage. */
@Entity('applicant_steps')
@Index(['applicantId', 'stage'], { unique: true })
export class ApplicantStep extends BaseEntity {
  @Column({ type: 'integer' })
  applicantId: number;

  @Column({ type: 'varchar', length: 15 })
  stage: Stage;

  @Column(dateTime())
  at: Date;

  @Column({ type: 'text' })
  note: string;

  /** What the step rests on (谈话, 培训, 政审, 公示, 支部大会表决…). */
  @Column({ type: 'simple-json' })
  evidence: string[];

  @Column({ type: 'integer' })
  recordedById: number;
}

/** An entry of an activist's dynamic points (积分纪实): append-only, counted per organisation and year. */
@Entity('applicant_points')
@Index(['organizationId', 'year', 'applicantId'])
@Index(['applicantId', 'createdAt'])
export class ApplicantPoint extends BaseEntity {
  @Column({ type: 'integer' })
  applicantId: number;

  @Column({ type: 'integer' })
  organizationId: number;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'integer' })
  delta: number;

  @Column({ type: 'varchar', length: 200 })
  reason: string;

  @Column({ type: 'integer' })
  recordedById: number;
}

/** One of the district's listed conditions that end an activist's candidacy (取消积极分子资格的情形). */
@Entity('disqualifying_conditions')
@Index(['code'], { unique: true })
export class DisqualifyingCondition extends BaseEntity {
  @Column({ type: 'varchar', length: 20 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;
}

export type RecommendationStatus = 'voting' | 'notice' | 'finalized';

/** A ranked activist on a recommendation round: the vote option that stands for them. */
export interface RoundCandidate {
  applicantId: number;
  name: string;
  points: number;
  position: number;
}

/**
 * A 差额推荐 round of an organisation for a year: its activists ranked by points on a members' vote,
 * then the chosen on a 公示, then moved to candidate. One per organisation and year.
 */
@Entity('activist_recommendations')
@Index(['organizationId', 'year'], { unique: true })
export class ActivistRecommendation extends BaseEntity {
  @Column({ type: 'integer' })
  organizationId: number;

  @Column({ type: 'varchar', length: 255 })
  organizationPath: string;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'integer' })
  seats: number;

  @Column({ type: 'varchar', length: 10 })
  status: RecommendationStatus;

  @Column({ type: 'simple-json' })
  candidates: RoundCandidate[];

  /** Set in the round's own transaction, once the vote (which names the round as its subject) is open. */
  @Column({ type: 'integer', nullable: true })
  voteId: number | null;

  @Column({ type: 'integer', nullable: true })
  noticeId: number | null;

  /** The applicants the vote chose (set when the notice is published). */
  @Column({ type: 'simple-json', nullable: true })
  chosen: number[] | null;

  /** Those moved to candidate when finalized (the chosen less any upheld objection). */
  @Column({ type: 'simple-json', nullable: true })
  promoted: number[] | null;
}
