import type { AppModule } from '../module';
import { SelectionCandidate, SunshineSelection } from './entities';
import { SunshineSelections1765000014200 } from './migrations/1765000014200-sunshine-selections';
import { selectionRoutes } from './routes';
import { seedSunshineSelections } from './seed';

/** The 阳光党员 selection (阳光党员评选): stars and points → candidates → the members' vote → 公示 → final. */
export const sunshineSelectionsModule: AppModule = {
  name: 'sunshine-selections',
  entities: [SunshineSelection, SelectionCandidate],
  migrations: [SunshineSelections1765000014200],
  routes: selectionRoutes,
  seed: seedSunshineSelections,
};
