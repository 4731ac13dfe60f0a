import type { Schema } from '../db/data-source';
import type { Deps } from '../deps';
import type { AnyRoute } from '../http/route';

/** What a domain module contributes to the service (its tables: `entities`, `migrations`). `registry.ts` lists them all. */
export interface AppModule extends Schema {
  name: string;
  routes: AnyRoute[];
  /** Demo data; must be idempotent. Runs in registry order, so it may rely on earlier modules' demo rows. */
  seed?: (deps: Deps) => Promise<void>;
  /** Work run periodically in every process; each job claims its rows in the database. */
  jobs?: { name: string; run: (deps: Deps, now: Date) => Promise<unknown> }[];
}
