/** What other features may use of the 公开档案 (they import this file, never its other files). */
export { percent, type TransparencyCard } from './api';
