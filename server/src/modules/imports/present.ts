import { z } from 'zod';
import { Int } from '../../core/output';
import { IMPORT_KINDS } from './service';

/** What an import did (or, with dryRun or any bad row, would do); every bad row with its column and reason. */
export const ImportResult = z
  .object({
    kind: z.enum(IMPORT_KINDS), dryRun: z.boolean(), rows: Int, created: Int, updated: Int, unchanged: Int,
    errors: z.array(z.object({ row: Int, column: z.string(), message: z.string() })),
  })
  .meta({ id: 'ImportResult' });
