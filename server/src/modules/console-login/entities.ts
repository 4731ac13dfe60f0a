import { Column, Entity, Index } from 'typeorm';
import { BaseEntity, dateTime } from '../../db/base.entity';

/** Stored states; `expired` is never stored, it is read from `expiresAt`. */
export type TicketState = 'pending' | 'scanned' | 'confirmed' | 'used' | 'cancelled';

/**
 * A console login ticket: the desk shows its QR code, an admin scans and confirms it in the mini
 * program, and the desk (the holder of the poll secret) receives a token once. Only hashes of the
 * two secrets are stored.
 */
@Entity('console_login_tickets')
export class ConsoleLoginTicket extends BaseEntity {
  /** SHA-256 of the scan code, the secret part of the QR payload. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  scanCodeHash: string;

  /** SHA-256 of the poll secret, which only the console that asked for the ticket holds. */
  @Column({ type: 'varchar', length: 64 })
  pollSecretHash: string;

  @Column({ type: 'varchar', length: 12 })
  status: TicketState;

  @Index()
  @Column(dateTime())
  expiresAt: Date;

  /** Where the console is: shown to the admin before confirming. */
  @Index()
  @Column({ type: 'varchar', length: 64 })
  ip: string;

  @Column({ type: 'varchar', length: 200 })
  userAgent: string;

  @Column({ type: 'integer', nullable: true })
  scannedById: number | null;
}
