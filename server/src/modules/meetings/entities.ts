import { Column, Entity, Index } from 'typeorm';
import { BaseEntity, dateTime } from '../../db/base.entity';
import type { MeetingKind } from './kinds';

/**
 * A meeting an organisation held (三会一课, 组织生活会, 民主评议党员). `period` is the month, quarter or
 * year of its kind's cadence that it counts for: the one it was held in, or an earlier one it makes up for (补开, late).
 */
@Entity('meetings')
@Index(['organizationPath', 'period'])
@Index(['organizationId', 'heldAt'])
export class Meeting extends BaseEntity {
  @Column({ type: 'integer' })
  organizationId: number;

  /** The organisation's tree path, for scope checks and "meetings under this street". */
  @Column({ type: 'varchar', length: 255 })
  organizationPath: string;

  @Column({ type: 'varchar', length: 20 })
  kind: MeetingKind;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column(dateTime())
  heldAt: Date;

  @Column({ type: 'varchar', length: 7 })
  period: string;

  @Column({ type: 'text' })
  agenda: string;

  @Column({ type: 'text' })
  minutes: string;

  /** Run as this activity: attendance came from its check-ins. */
  @Column({ type: 'integer', nullable: true })
  activityId: number | null;

  @Column({ type: 'simple-json' })
  photoFileIds: number[];

  @Column({ type: 'integer' })
  presentCount: number;

  @Column({ type: 'integer' })
  absentCount: number;

  @Column({ type: 'integer' })
  recordedById: number;
}

/** One roll member's attendance at a meeting: present, or absent with the reason given (请假). */
@Entity('meeting_attendances')
@Index(['meetingId', 'memberId'], { unique: true })
@Index(['memberId'])
export class MeetingAttendance extends BaseEntity {
  @Column({ type: 'integer' })
  meetingId: number;

  @Column({ type: 'integer' })
  memberId: number;

  @Column({ type: 'boolean' })
  present: boolean;

  @Column({ type: 'varchar', length: 200, nullable: true })
  absenceReason: string | null;
}
