import type { AppModule } from '../module';
import { transparencyRoutes } from './routes';

/** The 公开档案: reads disclosures and letters, owns no tables. */
export const transparencyModule: AppModule = {
  name: 'transparency',
  entities: [],
  migrations: [],
  routes: transparencyRoutes,
};
