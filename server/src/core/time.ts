import { TZDate, tz } from '@date-fns/tz';
import { addDays, format, getQuarter, getYear, startOfDay as startOfDayIn } from 'date-fns';

/**
 * Calendar time in Asia/Shanghai, where every community lives: years, days, months `2025-03`,
 * quarters `2025-Q1` and due dates built from them. Instants stay plain UTC `Date`s everywhere else.
 */
const ZONE = 'Asia/Shanghai';
const IN = { in: tz(ZONE) };

export const MONTH = /^(20\d\d)-(0[1-9]|1[0-2])$/;
export const QUARTER = /^(20\d\d)-Q([1-4])$/;
export const YEAR = /^(20\d\d)$/;

const pad = (n: number) => String(n).padStart(2, '0');

/** For SQL that groups by Shanghai day: China has kept UTC+8 without daylight saving since 1991. */
export const SHANGHAI_UTC_OFFSET_HOURS = 8;

/** The instant of a wall-clock time in Shanghai. `month` is 1–12 and rolls over past either end (13 = January next year). */
export const shanghaiTime = (year: number, month: number, day: number, hour = 0, minute = 0): Date =>
  new Date(new TZDate(year, month - 1, day, hour, minute, ZONE).getTime());

/** A calendar day `2026-05-01` at 00:00 (or `hour`) in Shanghai. */
export function onCalendarDay(date: string, hour = 0): Date {
  const [y, m, d] = date.split('-').map(Number);
  return shanghaiTime(y, m, d, hour);
}

/** 00:00 in Shanghai of the day `d` falls on, `days` later. */
export const startOfDay = (d: Date, days = 0): Date => new Date(addDays(startOfDayIn(d, IN), days, IN).getTime());

/** The calendar year `d` falls in, in Shanghai (31 Dec 16:30 UTC is already next year). */
export const yearOf = (d: Date): number => getYear(d, IN);

/** A calendar year as the instants [from, to). */
export const yearRange = (year: number) => ({ from: shanghaiTime(year, 1, 1), to: shanghaiTime(year + 1, 1, 1) });

/** The month `2026-12` that `d` falls in. */
export const monthOf = (d: Date): string => format(d, 'yyyy-MM', IN);

/** The quarter `2026-Q4` that `d` falls in. */
export const quarterAt = (d: Date): string => `${yearOf(d)}-Q${getQuarter(d, IN)}`;

/** The quarter `2025-Q1` a month `2025-03` belongs to. */
export function quarterOf(month: string): string {
  const [, y, m] = MONTH.exec(month)!;
  return `${y}-Q${Math.ceil(Number(m) / 3)}`;
}

/** The months of a quarter: `2025-Q1` → `2025-01`, `2025-02`, `2025-03`. */
export function monthsOfQuarter(quarter: string): string[] {
  const [, y, q] = QUARTER.exec(quarter)!;
  return [1, 2, 3].map((i) => `${y}-${pad((Number(q) - 1) * 3 + i)}`);
}

/** Year and first month (1–12) of a month, quarter or year period, and how many months it spans. */
function partsOf(period: string): { year: number; month: number; months: number } {
  const month = MONTH.exec(period);
  if (month) return { year: Number(month[1]), month: Number(month[2]), months: 1 };
  const quarter = QUARTER.exec(period);
  if (quarter) return { year: Number(quarter[1]), month: (Number(quarter[2]) - 1) * 3 + 1, months: 3 };
  return { year: Number(YEAR.exec(period)![1]), month: 1, months: 12 };
}

/** The period `n` periods after (negative: before) a month, a quarter or a year, of the same kind. */
export function shiftPeriod(period: string, n: number): string {
  const { year, month, months } = partsOf(period);
  const index = year * 12 + month - 1 + n * months;
  const [y, m] = [Math.floor(index / 12), (index % 12) + 1];
  return months === 1 ? `${y}-${pad(m)}` : months === 3 ? `${y}-Q${Math.ceil(m / 3)}` : `${y}`;
}

/** A period as the instants [from, to) in Shanghai. */
export function periodRange(period: string): { from: Date; to: Date } {
  const { year, month, months } = partsOf(period);
  return { from: shanghaiTime(year, month, 1), to: shanghaiTime(year, month + months, 1) };
}

/** The latest period, from `period` going back one at a time, whose due date has passed at `now`. */
export function latestDue(period: string, dueAt: (period: string) => Date, now: Date): string {
  let p = period;
  while (dueAt(p) > now) p = shiftPeriod(p, -1);
  return p;
}

/** The end of day `day` of the month after a period ends, in Shanghai: the shape of every disclosure due date. */
export function endOfDayInMonthAfter(period: string, day: number): Date {
  const { year, month, months } = partsOf(period);
  return shanghaiTime(year, month + months, day + 1);
}

/** A wall-clock rendering in Shanghai, e.g. `yyyy-MM-dd HH:mm` (date-fns patterns). */
export const formatShanghai = (d: Date, pattern: string): string => format(d, pattern, IN);
