import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../db/base.entity';

export const REMINDER_KINDS = ['disclosure_due', 'question_waiting', 'letter_waiting', 'review_waiting'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/**
 * One reminder owed to one admin about one thing. The unique (kind, subject, userId) index is the
 * claim: the process whose INSERT lands sends it, so each reminder goes once however many processes run.
 */
@Entity('reminders')
@Index(['kind', 'subject', 'userId'], { unique: true })
export class Reminder extends BaseEntity {
  @Column({ type: 'varchar', length: 20 })
  kind: ReminderKind;

  /** What it is about, e.g. `letter:12` or `disclosure:3:finance:2026-02`. */
  @Column({ type: 'varchar', length: 60 })
  subject: string;

  @Column({ type: 'integer' })
  userId: number;

  /** sending (claimed), sent, refused (43101: not retried), failed. */
  @Column({ type: 'varchar', length: 10 })
  status: string;

  @Column({ type: 'integer', nullable: true })
  errcode: number | null;
}
