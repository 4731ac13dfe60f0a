import type { AppModule } from '../module';
import { appointmentRoutes } from './routes';

/** What other modules may use (they import this file, never the module's other files). */
export { appointIn, appointmentsOn, grantFromCommandLine, type Appointment } from './service';

/** 管理员任命: admins appoint and revoke the admins of organisations inside their scope. */
export const appointmentsModule: AppModule = {
  name: 'appointments',
  entities: [],
  migrations: [],
  routes: appointmentRoutes,
};
