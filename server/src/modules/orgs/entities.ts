import { Column, Entity, Index } from 'typeorm';
import { BaseEntity, dateTime } from '../../db/base.entity';

export const ORGANIZATION_KINDS = [
  'district_committee', // 区委
  'street_committee', // 街道党工委
  'party_committee', // 党委
  'general_branch', // 党总支
  'branch', // 党支部
  'joint_committee', // 片区联合党委 / 非公党委 / 社区联合党委 / 商圈综合党委
] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/**
 * A party organisation. `path` is the chain of ancestor ids (`/1/4/37/`), so "is X inside an
 * admin's subtree" is a prefix test and "everything under X" one indexed LIKE query.
 */
@Entity('organizations')
export class Organization extends BaseEntity {
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 30 })
  kind: OrganizationKind;

  @Index()
  @Column({ type: 'integer', nullable: true })
  parentId: number | null;

  @Index()
  @Column({ type: 'varchar', length: 255 })
  path: string;

  /** 软弱涣散 follow-up: normal, weak (being rectified). */
  @Column({ type: 'varchar', length: 20, default: 'normal' })
  rating: string;

  /** Closed (撤销) organisations stay readable by id, for the history that names them, but leave the pickers. */
  @Column({ ...dateTime(), nullable: true })
  closedAt: Date | null;
}

@Entity('streets')
export class Street extends BaseEntity {
  @Column({ type: 'varchar', length: 50, unique: true })
  name: string;

  /** The street's 党工委. */
  @Column({ type: 'integer' })
  organizationId: number;

  /** Closed (撤销) organisations stay readable by id, for the history that names them, but leave the pickers. */
  @Column({ ...dateTime(), nullable: true })
  closedAt: Date | null;
}

@Entity('communities')
@Index(['streetId', 'name'], { unique: true })
export class Community extends BaseEntity {
  @Column({ type: 'varchar', length: 50 })
  name: string;

  @Column({ type: 'varchar', length: 10 })
  kind: 'rural' | 'urban';

  @Column({ type: 'integer' })
  streetId: number;

  /** The community's own party organisation (党委/党总支/党支部). */
  @Column({ type: 'integer', unique: true })
  organizationId: number;

  /** Closed (撤销) organisations stay readable by id, for the history that names them, but leave the pickers. */
  @Column({ ...dateTime(), nullable: true })
  closedAt: Date | null;
}

/**
 * A 两新组织 (private enterprise or social organisation). It should establish a party organisation
 * when it has party members; it is covered by its own organisation (≥ 3 full members) or a joint one.
 */
@Entity('new_organizations')
@Index(['streetId', 'operating'])
export class NewOrganization extends BaseEntity {
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 10 })
  type: 'economic' | 'social';

  @Column({ type: 'integer' })
  streetId: number;

  @Column({ type: 'boolean', default: true })
  operating: boolean;

  @Column({ type: 'integer', default: 0 })
  fullMemberCount: number;

  /** Its own party organisation. */
  @Column({ type: 'integer', nullable: true })
  partyOrganizationId: number | null;

  /** The joint organisation that covers it when it has too few members for its own. */
  @Column({ type: 'integer', nullable: true })
  jointOrganizationId: number | null;
}
