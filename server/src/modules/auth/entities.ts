import { Column, Entity, Index } from 'typeorm';
import type { Role } from '../../core/actor';
import { BaseEntity } from '../../db/base.entity';


@Entity('users')
export class User extends BaseEntity {
  @Column({ type: 'varchar', length: 64, unique: true })
  openid: string;

  @Column({ type: 'varchar', length: 50 })
  nickname: string;
}

/**
 * A role beside `resident` (which everyone has) and `org_admin` (which an admin scope implies), granted
 * by the module that owns the reason. A row per role, so a grant is one INSERT and a revoke one DELETE:
 * two approvals at once never overwrite each other's role.
 */
@Entity('user_roles')
@Index(['userId', 'role'], { unique: true })
export class UserRole extends BaseEntity {
  @Column({ type: 'integer' })
  userId: number;

  @Column({ type: 'varchar', length: 20 })
  role: Role;
}

/** An admin's scope: the subtree of the organisation tree under `organizationId`. */
@Entity('admin_scopes')
@Index(['userId', 'organizationId'], { unique: true })
export class AdminScope extends BaseEntity {
  @Column({ type: 'integer' })
  userId: number;

  @Column({ type: 'integer' })
  organizationId: number;

  /** Who appointed this admin; null for the first admin, granted from the command line. */
  @Column({ type: 'integer', nullable: true })
  grantedById: number | null;
}
