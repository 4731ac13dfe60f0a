import { Column, Entity, Index } from 'typeorm';
import { BaseEntity, dateTime } from '../../db/base.entity';
import { Review } from '../../db/review';

export type ReviewStatus = 'pending' | 'approved' | 'rejected';

/** A party alliance (党建红盟) of merchants, led by one party organisation (e.g. 北曲商圈综合党委). */
@Entity('alliances')
export class Alliance extends BaseEntity {
  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'text' })
  description: string;

  /** The leading organisation: its admins (and district admins) run the alliance. */
  @Index()
  @Column({ type: 'integer' })
  organizationId: number;
}

/** A business registered under an alliance. `userId` is the app user who runs it (none for merchants entered by staff). */
@Entity('merchants')
@Index(['allianceId', 'status'])
export class Merchant extends BaseEntity {
  @Column({ type: 'integer' })
  allianceId: number;

  @Index()
  @Column({ type: 'integer', nullable: true })
  userId: number | null;

  /** Equals userId while pending or approved, NULL once rejected: the unique index lets a user run one merchant and re-apply after a rejection. */
  @Column({ type: 'integer', nullable: true, unique: true })
  activeUserId: number | null;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 30 })
  category: string;

  @Column({ type: 'varchar', length: 200 })
  address: string;

  @Column({ type: 'varchar', length: 20 })
  contactPhone: string;

  @Column({ type: 'varchar', length: 10 })
  status: ReviewStatus;

  @Column(() => Review, { prefix: false })
  review: Review;
}

/** A campaign an alliance runs (五一欢乐购物汇): merchants enrol with offers until the deadline, residents claim them while it runs. */
@Entity('campaigns')
@Index(['allianceId', 'startAt'])
export class Campaign extends BaseEntity {
  @Column({ type: 'integer' })
  allianceId: number;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'text' })
  description: string;

  /** An upload of the files module; no foreign key, so this module does not depend on its tables. */
  @Column({ type: 'integer', nullable: true })
  posterFileId: number | null;

  @Column(dateTime())
  enrollDeadline: Date;

  @Column(dateTime())
  startAt: Date;

  @Column(dateTime())
  endAt: Date;

  @Column({ type: 'integer' })
  createdById: number;
}

/** A merchant's offer in a campaign. `claimedCount` is the quota counter, only ever moved by one conditional UPDATE. */
@Entity('campaign_entries')
@Index(['campaignId', 'merchantId'], { unique: true })
@Index(['campaignId', 'status'])
export class CampaignEntry extends BaseEntity {
  @Column({ type: 'integer' })
  campaignId: number;

  @Index()
  @Column({ type: 'integer' })
  merchantId: number;

  @Column({ type: 'varchar', length: 100 })
  offerTitle: string;

  @Column({ type: 'text' })
  offerDetail: string;

  @Column({ type: 'integer' })
  quota: number;

  @Column({ type: 'integer', default: 0 })
  claimedCount: number;

  @Column({ type: 'varchar', length: 10 })
  status: ReviewStatus;

  @Column(() => Review, { prefix: false })
  review: Review;
}

/** A resident's claim of an offer: one per user per entry, shown at the till as a QR code and redeemed once. */
@Entity('claims')
@Index(['entryId', 'userId'], { unique: true })
export class Claim extends BaseEntity {
  @Column({ type: 'integer' })
  entryId: number;

  @Index()
  @Column({ type: 'integer' })
  userId: number;

  /** 80 random bits: whoever holds the code holds the coupon, so it must not be guessable. */
  @Column({ type: 'varchar', length: 32, unique: true })
  code: string;

  @Index()
  @Column({ ...dateTime(), nullable: true })
  redeemedAt: Date | null;

  @Column({ type: 'integer', nullable: true })
  redeemedById: number | null;
}
