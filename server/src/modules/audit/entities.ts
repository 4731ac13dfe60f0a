import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../db/base.entity';

/** Who did what to which record, when, with the record before and after. Append-only. */
@Entity('audit_logs')
@Index(['organizationPath', 'id'])
@Index(['entityType', 'entityId'])
export class AuditLog extends BaseEntity {
  @Column({ type: 'integer' })
  actorId: number;

  /** e.g. `disclosure.publish`, `member_binding.approve`. */
  @Column({ type: 'varchar', length: 60 })
  action: string;

  @Column({ type: 'varchar', length: 40 })
  entityType: string;

  @Column({ type: 'integer' })
  entityId: number;

  /** The organisation the record belongs to, as its tree path, so admins read only their subtree. */
  @Column({ type: 'varchar', length: 255 })
  organizationPath: string;

  @Column({ type: 'simple-json', nullable: true })
  before: object | null;

  @Column({ type: 'simple-json', nullable: true })
  after: object | null;
}
