/** What other features may use of campaigns (they import this file, never its other files). */
export type { Merchant } from './types';
