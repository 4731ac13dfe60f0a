import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { BaseEntity, dateTime } from '../../db/base.entity';

export const ELECTORATES = ['members', 'residents'] as const;
export type Electorate = (typeof ELECTORATES)[number];

/**
 * A vote (投票) of an electorate: the party members of the organisation's subtree, or residents (any
 * logged-in user). `subjectType`/`subjectId` name what it decides (a sunshine selection, …) for the
 * module that opened it.
 */
@Entity('votes')
@Index(['organizationId', 'closesAt'])
@Index(['subjectType', 'subjectId'])
export class Vote extends BaseEntity {
  @Column({ type: 'integer' })
  organizationId: number;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'integer' })
  maxChoices: number;

  @Column(dateTime())
  opensAt: Date;

  @Column(dateTime())
  closesAt: Date;

  @Column({ type: 'varchar', length: 10 })
  electorate: Electorate;

  @Column({ type: 'varchar', length: 30, nullable: true })
  subjectType: string | null;

  @Column({ type: 'integer', nullable: true })
  subjectId: number | null;

  @Column({ type: 'integer' })
  createdById: number;
}

@Entity('vote_options')
@Index(['voteId', 'position'], { unique: true })
export class VoteOption extends BaseEntity {
  @Column({ type: 'integer' })
  voteId: number;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 100 })
  label: string;
}

/**
 * That a user has voted: the primary key (voteId, userId) is the one-ballot rule. It holds nothing of
 * the choice, and no time or running number (see VoteChoice and docs/SECURITY.md).
 */
@Entity('vote_participations')
export class VoteParticipation {
  @PrimaryColumn({ type: 'integer' })
  voteId: number;

  @PrimaryColumn({ type: 'integer' })
  userId: number;
}

/**
 * One chosen option of one ballot, written in the participation's transaction but sharing nothing
 * with it: a random UUID key, no timestamp, and on SQLite no rowid (WITHOUT ROWID), so neither a
 * column nor the storage order says which ballot came when, or from whom.
 */
@Entity('vote_choices', { withoutRowid: true })
@Index(['voteId', 'optionId'])
export class VoteChoice {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'integer' })
  voteId: number;

  @Column({ type: 'integer' })
  optionId: number;
}
