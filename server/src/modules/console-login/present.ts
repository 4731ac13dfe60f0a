import { z } from 'zod';
import { Instant, Int } from '../../core/output';

const Who = z.object({ nickname: z.string(), roleLabel: z.string() }).meta({ id: 'ConsoleLoginAdmin' });

/** A new ticket: the QR code's payload for the admin's phone, and the secret only the console polls with. */
export const NewTicket = z.object({ ticketId: Int, qrPayload: z.string(), pollSecret: z.string(), expiresAt: Instant }).meta({ id: 'ConsoleLoginTicket' });
/** What the admin's phone shows after scanning: who logs in, and the browser and address asking. */
export const ScannedTicket = z
  .object({ ticketId: Int, user: Who, where: z.object({ ip: z.string(), browser: z.string() }), expiresAt: Instant })
  .meta({ id: 'ScannedConsoleLoginTicket' });
/** The console's poll: the state, who scanned, and the token once, when confirmed. */
export const TicketPoll = z
  .object({ status: z.enum(['pending', 'scanned', 'confirmed', 'used', 'cancelled', 'expired']), scannedBy: Who.optional(), token: z.string().optional() })
  .meta({ id: 'ConsoleLoginPoll' });
export const TicketDecision = z.object({ status: z.enum(['confirmed', 'cancelled']) }).meta({ id: 'ConsoleLoginDecision' });
