import { Column, Entity, Index } from 'typeorm';
import { BaseEntity, dateTime } from '../../db/base.entity';

export const TASK_LIST_KINDS = ['responsibility', 'rectification'] as const; // 党建责任清单 / 目标责任书, 软弱涣散整顿
export type TaskListKind = (typeof TASK_LIST_KINDS)[number];
export const RATING_LEVELS = ['advanced', 'good', 'average', 'weak'] as const; // 先进, 好, 一般, 软弱涣散
export type RatingLevel = (typeof RATING_LEVELS)[number];
export const TASK_STATUSES = ['open', 'done'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/**
 * An organisation's task list for a year: its 党建责任清单 (with the signed 目标责任书 attached), or the
 * rectification list a 软弱涣散 rating opened, which the level above follows until it closes it.
 * One of each kind per organisation and year (the unique index).
 */
@Entity('task_lists')
@Index(['organizationId', 'year', 'kind'], { unique: true })
@Index(['organizationPath', 'year'])
export class TaskList extends BaseEntity {
  @Column({ type: 'integer' })
  organizationId: number;

  @Column({ type: 'varchar', length: 255 })
  organizationPath: string;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'varchar', length: 16 })
  kind: TaskListKind;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  /** The signed 目标责任书 (a stored file). */
  @Column({ type: 'integer', nullable: true })
  agreementFileId: number | null;

  /** The weak rating that opened a rectification list. */
  @Column({ type: 'integer', nullable: true })
  ratingId: number | null;

  @Column({ ...dateTime(), nullable: true })
  closedAt: Date | null;

  @Column({ type: 'integer', nullable: true })
  closedById: number | null;

  @Column({ type: 'integer' })
  createdById: number;
}

/** A task: what, who is responsible (a post or a person, as the list names them), by when; done or not. Overdue is computed from the clock. */
@Entity('responsibility_tasks')
@Index(['taskListId'])
@Index(['organizationPath', 'status', 'dueAt'])
export class ResponsibilityTask extends BaseEntity {
  @Column({ type: 'integer' })
  taskListId: number;

  @Column({ type: 'integer' })
  organizationId: number;

  @Column({ type: 'varchar', length: 255 })
  organizationPath: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 50 })
  owner: string;

  @Column(dateTime())
  dueAt: Date;

  @Column({ type: 'varchar', length: 8, default: 'open' })
  status: TaskStatus;

  @Column({ ...dateTime(), nullable: true })
  doneAt: Date | null;

  /** The latest progress note (the history is in task_updates). */
  @Column({ type: 'text', nullable: true })
  progress: string | null;

  @Column({ type: 'simple-json' })
  evidenceFileIds: number[];
}

/** A task's history: each progress note, the status it left, the evidence added. */
@Entity('task_updates')
@Index(['taskId'])
export class TaskUpdate extends BaseEntity {
  @Column({ type: 'integer' })
  taskId: number;

  @Column({ type: 'integer' })
  actorId: number;

  @Column({ type: 'text' })
  progress: string;

  @Column({ type: 'varchar', length: 8 })
  status: TaskStatus;

  @Column({ type: 'simple-json' })
  evidenceFileIds: number[];
}

/** A yearly classification of an organisation by the level above; every one is kept (the history). */
@Entity('organization_ratings')
@Index(['organizationId', 'year'])
@Index(['organizationPath', 'year'])
export class OrganizationRating extends BaseEntity {
  @Column({ type: 'integer' })
  organizationId: number;

  @Column({ type: 'varchar', length: 255 })
  organizationPath: string;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'varchar', length: 10 })
  level: RatingLevel;

  @Column({ type: 'varchar', length: 500 })
  reason: string;

  @Column({ type: 'integer' })
  ratedById: number;
}

/** 联系点: a street official assigned to a community they supervise. */
@Entity('contact_points')
@Index(['userId', 'communityId'], { unique: true })
@Index(['organizationPath'])
export class ContactPoint extends BaseEntity {
  @Column({ type: 'integer' })
  userId: number;

  @Column({ type: 'integer' })
  communityId: number;

  /** The community's organisation's path, for scope. */
  @Column({ type: 'varchar', length: 255 })
  organizationPath: string;

  @Column({ type: 'integer' })
  assignedById: number;
}

/** 督导: one visit to a contact point: when, what was supervised, what is to follow. */
@Entity('supervision_visits')
@Index(['contactPointId', 'visitedAt'])
export class SupervisionVisit extends BaseEntity {
  @Column({ type: 'integer' })
  contactPointId: number;

  @Column(dateTime())
  visitedAt: Date;

  @Column({ type: 'varchar', length: 200 })
  subject: string;

  @Column({ type: 'text' })
  followUps: string;

  @Column({ type: 'integer' })
  recordedById: number;
}

/** 调度: a street's monthly party-building meeting ("每月一召开、每月一调度"), once a month, with the tasks it reviewed. */
@Entity('scheduling_meetings')
@Index(['organizationId', 'month'], { unique: true })
export class SchedulingMeeting extends BaseEntity {
  @Column({ type: 'integer' })
  organizationId: number;

  @Column({ type: 'varchar', length: 255 })
  organizationPath: string;

  @Column({ type: 'varchar', length: 7 })
  month: string;

  @Column(dateTime())
  heldAt: Date;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'text' })
  decisions: string;

  @Column({ type: 'simple-json' })
  reviewedTaskIds: number[];

  @Column({ type: 'integer' })
  recordedById: number;
}
