import { Column, Entity, Index } from 'typeorm';
import { BaseEntity, dateTime } from '../../db/base.entity';

export const LETTER_CATEGORIES = ['letter', 'suggestion', 'snapshot'] as const; // 群众来信, 建言献策, 随手拍
export type LetterCategory = (typeof LETTER_CATEGORIES)[number];
export type LetterStatus = 'submitted' | 'rejected';
/** The reply's subscribe message: `none` when the writer did not allow it; claimed pending → sending by one process. */
export type ReplyNotice = 'none' | 'pending' | 'sending' | 'sent' | 'refused' | 'failed';

/**
 * A resident's letter to their community (群众来信 / 建言献策 / 随手拍). `organizationId` is who answers
 * it: the community's organisation, or the street's once passed up; `communityId` is where it is listed.
 */
@Entity('letters')
@Index(['communityId', 'status', 'public'])
@Index(['organizationId', 'status'])
@Index(['userId'])
export class Letter extends BaseEntity {
  @Column({ type: 'integer' })
  communityId: number;

  @Column({ type: 'integer' })
  organizationId: number;

  @Column({ type: 'integer' })
  userId: number;

  @Column({ type: 'varchar', length: 12 })
  category: LetterCategory;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'text' })
  content: string;

  @Column({ type: 'simple-json' })
  photoIds: number[];

  @Column({ type: 'boolean' })
  public: boolean;

  /** `rejected`: the content check did not pass; kept for the record, never shown to others. */
  @Column({ type: 'varchar', length: 10 })
  status: LetterStatus;

  @Column(dateTime())
  dueAt: Date;

  @Column({ type: 'text', nullable: true })
  reply: string | null;

  @Column({ ...dateTime(), nullable: true })
  repliedAt: Date | null;

  @Column({ type: 'integer', nullable: true })
  repliedById: number | null;

  @Column({ type: 'varchar', length: 10, default: 'none' })
  replyNotice: ReplyNotice;

  @Column({ type: 'boolean', nullable: true })
  satisfied: boolean | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  ratingComment: string | null;

  @Column({ ...dateTime(), nullable: true })
  ratedAt: Date | null;
}

export type LetterEventKind = 'submitted' | 'transferred' | 'replied' | 'rated';

/** A letter's history: where it went and who acted, so a transfer never hides where it started. */
@Entity('letter_events')
@Index(['letterId'])
export class LetterEvent extends BaseEntity {
  @Column({ type: 'integer' })
  letterId: number;

  @Column({ type: 'varchar', length: 12 })
  kind: LetterEventKind;

  @Column({ type: 'integer' })
  actorId: number;

  @Column({ type: 'integer', nullable: true })
  fromOrganizationId: number | null;

  @Column({ type: 'integer', nullable: true })
  toOrganizationId: number | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  note: string | null;
}
