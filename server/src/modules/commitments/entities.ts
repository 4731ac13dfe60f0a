import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../db/base.entity';

/** 阳光承诺 of a party member, 履职承诺 of a community official (an admin of the organisation). */
export const COMMITMENT_KINDS = ['member', 'official'] as const;
export type CommitmentKind = (typeof COMMITMENT_KINDS)[number];

/** What someone publicly promises to do this year; one per author, organisation and year. */
@Entity('commitments')
@Index(['authorUserId', 'organizationId', 'year'], { unique: true })
@Index(['organizationPath', 'year'])
export class Commitment extends BaseEntity {
  @Column({ type: 'integer' })
  authorUserId: number;

  @Column({ type: 'varchar', length: 10 })
  kind: CommitmentKind;

  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'integer' })
  organizationId: number;

  @Column({ type: 'varchar', length: 255 })
  organizationPath: string;

  /** The member's name on the roll, or the official's: fixed when published. */
  @Column({ type: 'varchar', length: 30 })
  authorName: string;

  @Column({ type: 'text' })
  content: string;
}

/** A note by the author on what was done (践诺). */
@Entity('commitment_fulfilments')
@Index(['commitmentId', 'createdAt'])
export class CommitmentFulfilment extends BaseEntity {
  @Column({ type: 'integer' })
  commitmentId: number;

  @Column({ type: 'text' })
  note: string;
}
