import { shanghaiParts } from '../../lib/time';

/**
 * Periods as the server names them: a month `2025-03`, a quarter `2025-Q1`, or (as a filter) a year
 * `2025`. Dates are taken in Asia/Shanghai (lib/time).
 */

export function periodLabel(period: string): string {
  const [year, part] = period.split('-');
  if (!part) return `${year}年`;
  if (part.startsWith('Q')) return `${year}年第${'一二三四'[Number(part.slice(1)) - 1]}季度`;
  return `${year}年${Number(part)}月`;
}

export interface PeriodOption {
  /** undefined: every period. */
  value?: string;
  label: string;
}

/** The filter's choices: this year and last, each as a year, its quarters and its months, newest first, nothing in the future. */
export function periodOptions(now: Date = new Date()): PeriodOption[] {
  const { year: thisYear, month: thisMonth } = shanghaiParts(now);
  const options: PeriodOption[] = [{ label: '全部期间' }];
  for (const year of [thisYear, thisYear - 1]) {
    const lastMonth = year === thisYear ? thisMonth : 12;
    options.push({ value: String(year), label: `${year}年全年` });
    for (let q = Math.ceil(lastMonth / 3); q >= 1; q--) options.push({ value: `${year}-Q${q}`, label: periodLabel(`${year}-Q${q}`) });
    for (let m = lastMonth; m >= 1; m--) {
      const value = `${year}-${String(m).padStart(2, '0')}`;
      options.push({ value, label: periodLabel(value) });
    }
  }
  return options;
}
