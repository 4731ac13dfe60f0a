import { Column, Entity, Index } from 'typeorm';
import { BaseEntity, dateTime } from '../../db/base.entity';

export const ACTIVITY_KINDS = [
  'org_life_meeting', // 组织生活会
  'theme_party_day', // 主题党日
  'volunteer', // 志愿服务
  'training', // 培训 / 流动党校
  'decision_meeting', // 民主集中决策会议
  'other', // 其他
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export type Audience = 'public' | 'members';
export type ActivityStatus = 'published' | 'cancelled';

export interface Place {
  name: string;
  lat?: number;
  lng?: number;
}

/**
 * Something members and residents sign up for and attend. `confirmedCount` is the counter the
 * capacity rule is enforced on: only a conditional UPDATE raises it, never a count read in JavaScript.
 */
@Entity('activities')
@Index(['status', 'startAt'])
@Index(['status', 'endAt', 'audience', 'organizationPath'])
@Index(['organizationPath', 'startAt'])
export class Activity extends BaseEntity {
  @Column({ type: 'integer' })
  organizationId: number;

  /** The organisation's tree path, for scope checks and "activities under this street" lists. */
  @Column({ type: 'varchar', length: 255 })
  organizationPath: string;

  @Column({ type: 'varchar', length: 30 })
  kind: ActivityKind;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'simple-json' })
  location: Place;

  @Column(dateTime())
  startAt: Date;

  @Column(dateTime())
  endAt: Date;

  @Column(dateTime())
  signupDeadline: Date;

  /** null: unlimited. */
  @Column({ type: 'integer', nullable: true })
  capacity: number | null;

  @Column({ type: 'varchar', length: 10 })
  audience: Audience;

  /** Points a party member earns for attending. */
  @Column({ type: 'integer', default: 0 })
  points: number;

  @Column({ type: 'varchar', length: 12, default: 'published' })
  status: ActivityStatus;

  @Column({ type: 'integer', default: 0 })
  confirmedCount: number;

  @Column({ type: 'integer' })
  createdBy: number;

  @Column({ type: 'varchar', length: 200, nullable: true })
  cancelReason: string | null;
}

export type SignupStatus = 'confirmed' | 'waitlisted';

/**
 * One person's sign-up. Unique per (activity, user): a repeat is the same sign-up. The waiting list
 * is ordered by id (arrival); cancelling deletes the row so a later sign-up queues at the back.
 */
@Entity('activity_signups')
@Index(['activityId', 'userId'], { unique: true })
@Index(['activityId', 'status'])
@Index(['userId'])
export class Signup extends BaseEntity {
  @Column({ type: 'integer' })
  activityId: number;

  @Column({ type: 'integer' })
  userId: number;

  @Column({ type: 'varchar', length: 12 })
  status: SignupStatus;

  @Column({ ...dateTime(), nullable: true })
  checkedInAt: Date | null;
}

export type NoticeKind = 'reminder' | 'cancelled';
export type NoticeStatus = 'pending' | 'sending' | 'sent' | 'refused' | 'failed';

/**
 * A subscribe message owed to a user who allowed it at sign-up (WeChat grants one message per
 * allowance). Any server process may send it: the job claims it with a conditional UPDATE
 * (pending → sending), so it goes out at most once however many processes run.
 */
@Entity('activity_notices')
@Index(['activityId', 'userId', 'kind'], { unique: true })
@Index(['status', 'dueAt'])
export class ActivityNotice extends BaseEntity {
  @Column({ type: 'integer' })
  activityId: number;

  @Column({ type: 'integer' })
  userId: number;

  @Column({ type: 'varchar', length: 12 })
  kind: NoticeKind;

  @Column({ type: 'varchar', length: 12, default: 'pending' })
  status: NoticeStatus;

  @Column(dateTime())
  dueAt: Date;

  /** After this it is no use (the activity has started): the job leaves it unsent. */
  @Column(dateTime())
  expiresAt: Date;

  @Column({ ...dateTime(), nullable: true })
  sentAt: Date | null;

  /** WeChat's answer (0 sent, 43101 the user withdrew the allowance). */
  @Column({ type: 'integer', nullable: true })
  errcode: number | null;
}
