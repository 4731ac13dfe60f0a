import type { Deps } from './deps';
import { modules } from './modules/registry';
import { Organization } from './modules/orgs/entities';
import { DISTRICT_NAME } from './modules/orgs/demo-district';

export const hasDemoData = async (deps: Deps) => (await deps.db.manager.countBy(Organization, { name: DISTRICT_NAME })) > 0;

/** Loads every module's demo data, in registry order. Each module's seed is idempotent. */
export async function seedDemoData(deps: Deps): Promise<void> {
  for (const m of modules) {
    if (!m.seed) continue;
    const started = Date.now();
    await m.seed(deps);
    deps.log.info({ module: m.name, ms: Date.now() - started }, 'demo data');
  }
}
