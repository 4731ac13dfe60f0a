import type { AppModule } from '../module';
import { StoredFile } from './entities';
import { Files1764000001100 } from './migrations/1764000001100-files';
import { fileRoutes } from './routes';

export const filesModule: AppModule = {
  name: 'files',
  entities: [StoredFile],
  migrations: [Files1764000001100],
  routes: fileRoutes,
};
