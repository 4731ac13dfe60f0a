import type { AppModule } from '../module';
import { importRoutes } from './routes';

/** Imports from Excel: the organisation tree and the member roll, with templates and a dry run. */
export const importsModule: AppModule = {
  name: 'imports',
  entities: [],
  migrations: [],
  routes: importRoutes,
};
