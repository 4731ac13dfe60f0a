/**
 * The instants every date rule is tested at (issue 11): the start of a month, just past a 20th due
 * date, the first day of a quarter, and the last half hour of a year on either side of midnight in
 * Shanghai, which is still 31 December in UTC. Each names what the rules must answer there, written
 * out by hand rather than computed by the code under test.
 */
export interface Instant {
  name: string;
  /** The service's clock. */
  now: string;
  /** The calendar year in Shanghai. */
  year: number;
  /** The month in Shanghai: its finance disclosure is not due yet. */
  month: string;
  /** The latest finance month already due (the 20th of the month after it has passed). */
  dueMonth: string;
  /** The latest quarter already due for party and affairs. */
  dueQuarter: string;
  /** Whether an hour ago was another year in Shanghai. */
  yearBeganWithinTheHour: boolean;
}

export const INSTANTS: Instant[] = [
  { name: 'the 1st of a month, 10:00 in Shanghai', now: '2026-12-01T02:00:00Z', year: 2026, month: '2026-12', dueMonth: '2026-10', dueQuarter: '2026-Q3', yearBeganWithinTheHour: false },
  { name: 'the 21st of a month, 00:30 in Shanghai (the 20th has just ended)', now: '2026-11-20T16:30:00Z', year: 2026, month: '2026-11', dueMonth: '2026-10', dueQuarter: '2026-Q3', yearBeganWithinTheHour: false },
  { name: 'the first day of a quarter, 10:00 in Shanghai', now: '2026-10-01T02:00:00Z', year: 2026, month: '2026-10', dueMonth: '2026-08', dueQuarter: '2026-Q2', yearBeganWithinTheHour: false },
  { name: '31 Dec 23:30 in Shanghai (15:30 UTC)', now: '2026-12-31T15:30:00Z', year: 2026, month: '2026-12', dueMonth: '2026-11', dueQuarter: '2026-Q3', yearBeganWithinTheHour: false },
  { name: '1 Jan 00:30 in Shanghai (still 31 Dec, 16:30 UTC)', now: '2026-12-31T16:30:00Z', year: 2027, month: '2027-01', dueMonth: '2026-11', dueQuarter: '2026-Q3', yearBeganWithinTheHour: true },
];

const HOUR = 3600_000;
/** An ISO instant `hours` from `from` (the test server's clock). */
export const hoursFrom = (from: Date, hours: number) => new Date(from.getTime() + hours * HOUR).toISOString();
