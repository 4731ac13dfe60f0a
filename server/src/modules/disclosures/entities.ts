import { Column, Entity, Index } from 'typeorm';
import { BaseEntity, dateTime } from '../../db/base.entity';
import type { Category } from './catalogue';
import type { FinanceItem } from './canonical';

/** `withdrawn`: lawfully taken down by the street after publication; its chain entry and the reason stay. */
export type DisclosureStatus = 'draft' | 'published' | 'withdrawn';
export type { FinanceItem };

/**
 * One 三务公开 disclosure. A draft may change; once published its content never changes again —
 * residents must be able to trust what they read — and a correction is a new revision.
 */
@Entity('disclosures')
@Index(['communityId', 'status', 'publishedAt'])
@Index(['communityId', 'category', 'period'])
@Index(['organizationId', 'status'])
export class Disclosure extends BaseEntity {
  @Column({ type: 'integer' })
  communityId: number;

  /** The community's party organisation, kept here so admin scope filters need no join through orgs. */
  @Column({ type: 'integer' })
  organizationId: number;

  @Column({ type: 'varchar', length: 10 })
  category: Category;

  @Column({ type: 'varchar', length: 30, nullable: true })
  subCategory: string | null;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'varchar', length: 7 })
  period: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'simple-json' })
  items: FinanceItem[];

  @Column({ type: 'simple-json' })
  attachmentIds: number[];

  @Column({ type: 'varchar', length: 10 })
  status: DisclosureStatus;

  @Column({ ...dateTime(), nullable: true })
  publishedAt: Date | null;

  @Column({ type: 'integer', default: 1 })
  revision: number;

  /** The first disclosure of this lineage (null for the original), so a history is one query. */
  @Index()
  @Column({ type: 'integer', nullable: true })
  originalId: number | null;

  /** Unique: a published disclosure has at most one correction, so its history never forks. */
  @Column({ type: 'integer', nullable: true, unique: true })
  supersedesId: number | null;

  @Column({ type: 'integer', nullable: true })
  supersededById: number | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  revisionReason: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  contentHash: string | null;

  /** Flushed from an in-memory buffer by a job, so a public read is never a write (see views.ts). */
  @Column({ type: 'integer', default: 0 })
  viewCount: number;

  @Column({ type: 'integer' })
  authorId: number;

  @Column({ type: 'integer', nullable: true })
  publishedById: number | null;

  @Column({ ...dateTime(), nullable: true })
  withdrawnAt: Date | null;

  @Column({ type: 'integer', nullable: true })
  withdrawnById: number | null;

  /** Public: why the street took it down (e.g. it named a resident's ID number). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  withdrawalReason: string | null;

  /**
   * 重大事项随时公开: a major matter, published at once rather than with the quarter. Outside the
   * content hash (docs/disclosures.md): adding it to the hashed keys would change every hash already
   * kept by witnesses. Like the content, it is fixed once published.
   */
  @Column({ type: 'boolean', default: false })
  major: boolean;

  /** The day the major matter was decided or arose (Shanghai, `2026-03-05`): how fast it was published is measured from it. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  matterDate: string | null;
}

/**
 * The community's publication chain: every publication appends one entry whose hash covers the
 * previous entry's hash. The unique (communityId, seq) index is what keeps it a single line when
 * publishes race, across any number of server processes.
 */
@Entity('disclosure_chain_entries')
@Index(['communityId', 'seq'], { unique: true })
export class ChainEntry extends BaseEntity {
  @Column({ type: 'integer' })
  communityId: number;

  @Column({ type: 'integer' })
  seq: number;

  @Column({ type: 'integer', unique: true })
  disclosureId: number;

  @Column({ type: 'varchar', length: 64 })
  contentHash: string;

  @Column({ type: 'varchar', length: 64 })
  prevHash: string;

  @Column({ type: 'varchar', length: 64 })
  hash: string;

  @Column(dateTime())
  publishedAt: Date;
}

export type QuestionStatus = 'visible' | 'rejected';

/** A resident's question about a published disclosure, and the admin's answer. */
@Entity('disclosure_questions')
@Index(['disclosureId', 'status'])
@Index(['organizationId', 'status'])
export class DisclosureQuestion extends BaseEntity {
  @Column({ type: 'integer' })
  disclosureId: number;

  @Column({ type: 'integer' })
  communityId: number;

  @Column({ type: 'integer' })
  organizationId: number;

  @Column({ type: 'integer' })
  userId: number;

  @Column({ type: 'varchar', length: 500 })
  content: string;

  /** `rejected`: the content check did not pass; kept for the record, never shown. */
  @Column({ type: 'varchar', length: 10 })
  status: QuestionStatus;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  reply: string | null;

  @Column({ ...dateTime(), nullable: true })
  repliedAt: Date | null;

  @Column({ type: 'integer', nullable: true })
  repliedById: number | null;
}
