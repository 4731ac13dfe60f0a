import { get, type Paged } from '../../lib/api';
import type { Schemas } from '../../lib/schema';

export type Dashboard = Schemas['Dashboard'];
export const dashboard = () => get<Dashboard>('/dashboard');
/** The rows behind a figure: each figure's own list endpoint with the same filter. */
export const drill = <T,>(path: string, query: Record<string, string | number | undefined>) => get<Paged<T>>(path, query);
