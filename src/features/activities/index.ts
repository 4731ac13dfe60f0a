/** What other features may use of activities (they import this file, never its other files). */
export type { Activity } from './types';
