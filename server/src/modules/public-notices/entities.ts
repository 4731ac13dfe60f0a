import { Column, Entity, Index } from 'typeorm';
import { BaseEntity, dateTime } from '../../db/base.entity';

/** A named entry of a notice (a winner of a selection, a recommended activist) that an objection may concern. */
export interface NoticeItem {
  key: string;
  label: string;
}

/**
 * A public notice (公示): a result published for a window during which anyone logged in may object.
 * `subjectType`/`subjectId` name the record it publishes, for the module that published it.
 */
@Entity('public_notices')
@Index(['organizationId', 'endsAt'])
@Index(['subjectType', 'subjectId'])
export class PublicNotice extends BaseEntity {
  @Column({ type: 'integer' })
  organizationId: number;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'simple-json' })
  items: NoticeItem[];

  @Column(dateTime())
  startsAt: Date;

  @Column(dateTime())
  endsAt: Date;

  @Column({ type: 'varchar', length: 30, nullable: true })
  subjectType: string | null;

  @Column({ type: 'integer', nullable: true })
  subjectId: number | null;

  @Column({ type: 'integer' })
  createdById: number;
}

export type ObjectionStatus = 'visible' | 'rejected';

/** An objection (异议) to a notice; `rejected` when the content check did not pass (kept, never shown). */
@Entity('objections')
@Index(['noticeId', 'status'])
export class Objection extends BaseEntity {
  @Column({ type: 'integer' })
  noticeId: number;

  @Column({ type: 'integer' })
  userId: number;

  @Column({ type: 'text' })
  content: string;

  /** The notice item it concerns, if any. */
  @Column({ type: 'varchar', length: 30, nullable: true })
  itemKey: string | null;

  @Column({ type: 'varchar', length: 10 })
  status: ObjectionStatus;

  @Column({ type: 'text', nullable: true })
  reply: string | null;

  @Column({ type: 'boolean', nullable: true })
  upheld: boolean | null;

  @Column({ ...dateTime(), nullable: true })
  repliedAt: Date | null;

  @Column({ type: 'integer', nullable: true })
  repliedById: number | null;
}
