import { Column, Entity, Index } from 'typeorm';
import { BaseEntity, dateTime } from '../../db/base.entity';

export const LIST_KINDS = ['resource', 'need', 'service'] as const;
export type ListKind = (typeof LIST_KINDS)[number];
export const PROJECT_CATEGORIES = ['income', 'livelihood', 'party_building'] as const;
export type ProjectCategory = (typeof PROJECT_CATEGORIES)[number];
/** In the order a project lives through them; a project only ever moves forward in this list. */
export const PROJECT_STATUSES = ['planned', 'started', 'completed'] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

/** A 联建共建对子: two communities that signed a cooperation agreement (合作协议) in a year. */
@Entity('partnerships')
@Index(['year', 'id'])
export class Partnership extends BaseEntity {
  @Column({ type: 'integer' })
  communityAId: number;

  @Column({ type: 'integer' })
  communityBId: number;

  /** The year of `signedAt` in Asia/Shanghai: a community is in at most one pair per year. */
  @Column({ type: 'integer' })
  year: number;

  @Column(dateTime())
  signedAt: Date;

  @Column({ type: 'varchar', length: 100 })
  agreementTitle: string;

  /** The signed agreement document, uploaded through the files module. */
  @Column({ type: 'integer', nullable: true })
  agreementFileId: number | null;
}

/**
 * One row per community of a pair, unique on (communityId, year): the database itself refuses a
 * community's second pair in a year, also when two admins pair it at the same moment.
 */
@Entity('partnership_memberships')
@Index(['communityId', 'year'], { unique: true })
export class PartnershipMembership extends BaseEntity {
  @Index()
  @Column({ type: 'integer' })
  partnershipId: number;

  @Column({ type: 'integer' })
  communityId: number;

  @Column({ type: 'integer' })
  year: number;
}

/** An entry of one community's 资源 / 需求 / 服务 list within a pair. */
@Entity('partnership_list_items')
@Index(['partnershipId', 'kind'])
export class PartnershipListItem extends BaseEntity {
  @Column({ type: 'integer' })
  partnershipId: number;

  @Column({ type: 'integer' })
  communityId: number;

  @Column({ type: 'varchar', length: 10 })
  kind: ListKind;

  @Column({ type: 'varchar', length: 200 })
  content: string;
}

/** A 联建共建项目 agreed by a pair and run by its owner community. */
@Entity('partnership_projects')
@Index(['partnershipId'])
@Index(['category', 'status'])
export class PartnershipProject extends BaseEntity {
  @Column({ type: 'integer' })
  partnershipId: number;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'varchar', length: 20 })
  category: ProjectCategory;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'integer' })
  ownerCommunityId: number;

  /** Calendar dates (YYYY-MM-DD), not instants: a plan names a day, whatever the time zone. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  plannedStart: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  plannedEnd: string | null;

  @Column({ type: 'varchar', length: 10 })
  status: ProjectStatus;

  @Column({ ...dateTime(), nullable: true })
  startedAt: Date | null;

  @Column({ ...dateTime(), nullable: true })
  completedAt: Date | null;
}

/** A dated entry of a project's progress timeline; `status` is set when the entry moved the project on. */
@Entity('partnership_project_progress')
@Index(['projectId', 'happenedAt'])
export class ProjectProgress extends BaseEntity {
  @Column({ type: 'integer' })
  projectId: number;

  @Column({ type: 'integer', nullable: true })
  authorId: number | null;

  @Column({ ...dateTime() })
  happenedAt: Date;

  @Column({ type: 'text' })
  note: string;

  @Column({ type: 'varchar', length: 10, nullable: true })
  status: ProjectStatus | null;

  @Column({ type: 'simple-json' })
  photoFileIds: number[];
}
