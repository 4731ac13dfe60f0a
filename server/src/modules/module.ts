import type { AnyRoute } from '../http/route';
import type { Deps } from '../deps';

/** What a domain module contributes to the service. `registry.ts` lists them all. */
export interface AppModule {
  name: string;
  routes: AnyRoute[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
  /** Demo data; must be idempotent. Runs in registry order, so it may rely on earlier modules' demo rows. */
  seed?: (deps: Deps) => Promise<void>;
  /** Work run periodically in every process; each job claims its rows in the database. */
  jobs?: { name: string; run: (deps: Deps, now: Date) => Promise<unknown> }[];
}
