import { z } from 'zod';
import { Instant, Int } from '../../core/output';
import { pageOf } from '../../core/paging';

/** An admin appointment: who administers which organisation, and who appointed them (null: the command line). */
export const Appointment = z
  .object({ id: Int, userId: Int, userNickname: z.string(), organizationId: Int, organizationName: z.string(), grantedById: Int.nullable(), grantedAt: Instant })
  .meta({ id: 'Appointment' });
export const AppointmentPage = pageOf(Appointment);
