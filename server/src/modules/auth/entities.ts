import { Column, Entity, Index } from 'typeorm';
import type { Role } from '../../core/actor';
import { BaseEntity } from '../../db/base.entity';


@Entity('users')
export class User extends BaseEntity {
  @Column({ type: 'varchar', length: 64, unique: true })
  openid: string;

  @Column({ type: 'varchar', length: 50 })
  nickname: string;

  /** Roles beside `resident` (which everyone has), granted by the module that owns the reason. */
  @Column({ type: 'simple-array' })
  roles: Role[];
}

/** An admin's scope: the subtree of the organisation tree under `organizationId`. */
@Entity('admin_scopes')
@Index(['userId', 'organizationId'], { unique: true })
export class AdminScope extends BaseEntity {
  @Column({ type: 'integer' })
  userId: number;

  @Column({ type: 'integer' })
  organizationId: number;
}
