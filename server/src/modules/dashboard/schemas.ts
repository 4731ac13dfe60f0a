import { z } from 'zod';
import { MONTH } from '../../core/time';
import { SummaryQuery } from '../partnerships';

/** `year` also picks the activities counted (default this year); `period` the month of disclosure compliance. */
export const DashboardQuery = SummaryQuery.extend({ period: z.string().regex(MONTH, '期间格式应为 2025-03').optional() });
