import type { components } from '../../lib/api-schema';

/** An admin appointment: who administers which organisation, and who appointed them (null: the command line). */
export type Appointment = components['schemas']['Appointment'];
