import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../db/base.entity';
import { Review } from '../../db/review';

/**
 * A party member: a row of the roll (名册), imported or recorded, bound to a WeChat user once an admin
 * has verified their binding request, which is matched to the roll by name and phone.
 */
@Entity('party_members')
@Index(['phone', 'name'])
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

  /** 入党日期, `YYYY-MM-DD`. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  joinedAt: string | null;

  @Column({ type: 'integer', nullable: true })
  birthYear: number | null;
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

  @Column(() => Review, { prefix: false })
  review: Review;
}
