/** What other features may use of disclosures (they import this file, never its other files). */
export type { Category } from './types';
