import type { AppModule } from '../module';
import { StoredFile } from './entities';
import { Files1764000001100 } from './migrations/1764000001100-files';
import { fileRoutes } from './routes';

/** What other modules may use (they import this file, never the module's other files). */
export { StoredFile, type PresentedFile } from './present';
export { assertFilesExist, fileUrls, getFiles } from './service';
export { readUpload } from './routes';

export const filesModule: AppModule = {
  name: 'files',
  entities: [StoredFile],
  migrations: [Files1764000001100],
  routes: fileRoutes,
};
