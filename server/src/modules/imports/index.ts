import type { AppModule } from '../module';
import { importRoutes } from './routes';

/** What other modules may use: the sheet reading behind every import (their own kinds of sheet). */
export { readRows, templateOf, type ImportError, type SheetSpec } from './sheets';

/** Imports from Excel: the organisation tree and the member roll, with templates and a dry run. */
export const importsModule: AppModule = {
  name: 'imports',
  entities: [],
  migrations: [],
  routes: importRoutes,
};
