import { Column, Entity, Index } from 'typeorm';
import { BaseEntity, dateTime } from '../../db/base.entity';

export const QUESTION_KINDS = ['single', 'multi', 'judge'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];
/** A true/false question's options, always in this order (never shuffled: 正确 stays first). */
export const JUDGE_OPTIONS = ['正确', '错误'];

/** A question of an organisation's bank (题库); its exams may draw it, and so may those below it. */
@Entity('questions')
@Index(['organizationId'])
export class Question extends BaseEntity {
  @Column({ type: 'integer' })
  organizationId: number;

  @Column({ type: 'varchar', length: 10 })
  kind: QuestionKind;

  @Column({ type: 'text' })
  stem: string;

  @Column({ type: 'simple-json' })
  options: string[];

  /** The indexes of the right options (one for single and judge). Never sent to a member before the window closes. */
  @Column({ type: 'simple-json' })
  answer: number[];

  @Column({ type: 'simple-json' })
  tags: string[];

  @Column({ type: 'integer' })
  createdById: number;
}

export interface DrawRule { tag: string; count: number }

/**
 * An exam (上机考试) for the members of an organisation's subtree: a fixed list of bank questions, or
 * `count` drawn at random per tag for each attempt. `minBirthYear` is `maxAge` turned into the roll's
 * terms: members born in that year or later are under `maxAge` in the year the exam opens.
 */
@Entity('exams')
@Index(['organizationId'])
export class Exam extends BaseEntity {
  @Column({ type: 'integer' })
  organizationId: number;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'integer' })
  durationMinutes: number;

  /** Out of 100. */
  @Column({ type: 'integer' })
  passScore: number;

  @Column(dateTime())
  opensAt: Date;

  @Column(dateTime())
  closesAt: Date;

  @Column({ type: 'integer', nullable: true })
  maxAge: number | null;

  @Column({ type: 'integer', nullable: true })
  minBirthYear: number | null;

  @Column({ type: 'simple-json', nullable: true })
  questionIds: number[] | null;

  @Column({ type: 'simple-json', nullable: true })
  draw: DrawRule[] | null;

  @Column({ type: 'integer' })
  questionCount: number;

  @Column({ type: 'integer' })
  createdById: number;
}

/** One question as an attempt shows it: options in this attempt's order, `key` the right ones in that order. */
export interface PaperItem { questionId: number; kind: QuestionKind; stem: string; options: string[]; key: number[] }

/**
 * A member's sitting of an exam (答卷). Unique per (exam, member, sitting): one attempt, and a resit
 * only where an admin granted that sitting. The paper is a copy, so an edited bank question never
 * changes an attempt already under way; the server keeps `deadlineAt`.
 */
@Entity('exam_attempts')
@Index(['examId', 'memberId', 'sitting'], { unique: true })
@Index(['memberId'])
@Index(['deadlineAt'])
export class ExamAttempt extends BaseEntity {
  @Column({ type: 'integer' })
  examId: number;

  @Column({ type: 'integer' })
  memberId: number;

  @Column({ type: 'integer' })
  userId: number;

  @Column({ type: 'integer' })
  sitting: number;

  @Column(dateTime())
  startedAt: Date;

  @Column(dateTime())
  deadlineAt: Date;

  @Column({ type: 'simple-json' })
  paper: PaperItem[];

  @Column({ ...dateTime(), nullable: true })
  savedAt: Date | null;

  @Column({ ...dateTime(), nullable: true })
  submittedAt: Date | null;

  /** Finished by the clock (scored from what was saved), not by the member. */
  @Column({ type: 'boolean', default: false })
  timedOut: boolean;

  @Column({ type: 'integer', nullable: true })
  score: number | null;

  @Column({ type: 'integer', nullable: true })
  correctCount: number | null;

  @Column({ type: 'boolean', nullable: true })
  passed: boolean | null;
}

/** An answer: one row per (attempt, question), made with the attempt (empty) and overwritten as the member answers. */
@Entity('exam_answers')
@Index(['attemptId', 'questionId'], { unique: true })
export class ExamAnswer extends BaseEntity {
  @Column({ type: 'integer' })
  attemptId: number;

  @Column({ type: 'integer' })
  questionId: number;

  /** Option indexes in the attempt's order. */
  @Column({ type: 'simple-json' })
  choice: number[];
}

/** An admin allowed a member another sitting (`sitting` ≥ 2) of an exam: once per sitting. */
@Entity('exam_resits')
@Index(['examId', 'memberId', 'sitting'], { unique: true })
export class ExamResit extends BaseEntity {
  @Column({ type: 'integer' })
  examId: number;

  @Column({ type: 'integer' })
  memberId: number;

  @Column({ type: 'integer' })
  sitting: number;

  @Column({ type: 'integer' })
  grantedById: number;
}
