import { openPage } from '../../lib/routes';
import type { Drill } from './types';

/** Opens the rows behind a dashboard figure, titled by the figure. */
export const openDrill = (drill: Drill, title: string) => openPage('dashboardDrill', { ...drill, title });
