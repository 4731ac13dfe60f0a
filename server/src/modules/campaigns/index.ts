import type { AppModule } from '../module';

/** Filled in by its issue; listed in the registry already so modules can be built side by side. */
export const campaignsModule: AppModule = {
  name: 'campaigns',
  entities: [],
  migrations: [],
  routes: [],
};
