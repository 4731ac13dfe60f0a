import type { AppModule } from '../module';
import { ConsoleLoginTicket } from './entities';
import { ConsoleLogin1764000000250 } from './migrations/1764000000250-console-login';
import { consoleLoginRoutes } from './routes';
import { purgeTickets } from './service';

/** Login to the desk console by scanning its QR code with the mini program. */
export const consoleLoginModule: AppModule = {
  name: 'console-login',
  entities: [ConsoleLoginTicket],
  migrations: [ConsoleLogin1764000000250],
  routes: consoleLoginRoutes,
  jobs: [{ name: 'console-login-purge', run: purgeTickets }],
};
