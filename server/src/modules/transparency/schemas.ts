import { z } from 'zod';
import { Paging } from '../../core/paging';

/** The card's figures that have rows: `area.state`. */
export const FIGURES = [
  'disclosures.on_time', 'disclosures.late', 'disclosures.missing', 'disclosures.not_due',
  'questions.on_time', 'questions.late', 'questions.overdue', 'questions.open',
  'letters.on_time', 'letters.late', 'letters.overdue', 'letters.open', 'letters.rated', 'major',
] as const;
export type Figure = (typeof FIGURES)[number];
export const RowsQuery = Paging.extend({ figure: z.enum(FIGURES) });
export type RowsInput = z.infer<typeof RowsQuery>;
