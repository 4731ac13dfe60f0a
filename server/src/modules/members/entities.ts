import { Column, Entity, Index } from 'typeorm';
import { BaseEntity, dateTime } from '../../db/base.entity';

/** A party member, bound to a WeChat user once an admin has verified the binding request. */
@Entity('party_members')
export class PartyMember extends BaseEntity {
  @Column({ type: 'integer', nullable: true, unique: true })
  userId: number | null;

  @Column({ type: 'varchar', length: 30 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  phone: string;

  @Index()
  @Column({ type: 'integer' })
  organizationId: number;
}

export type BindingStatus = 'pending' | 'approved' | 'rejected';

/** A user's request to be recognised as a party member of an organisation. */
@Entity('member_bindings')
@Index(['organizationId', 'status'])
export class MemberBinding extends BaseEntity {
  @Index()
  @Column({ type: 'integer' })
  userId: number;

  /** Equals userId while pending, NULL after review: the unique index allows one open request per user. */
  @Column({ type: 'integer', nullable: true, unique: true })
  pendingUserId: number | null;

  @Column({ type: 'varchar', length: 30 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  phone: string;

  @Column({ type: 'integer' })
  organizationId: number;

  @Column({ type: 'varchar', length: 10 })
  status: BindingStatus;

  @Column({ type: 'integer', nullable: true })
  reviewerId: number | null;

  @Column({ ...dateTime(), nullable: true })
  reviewedAt: Date | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  rejectReason: string | null;
}
