/**
 * Calendar time in Asia/Shanghai, the app's one copy. China has kept UTC+8 without daylight saving
 * since 1991, so a fixed offset is exact, and it avoids relying on Intl time zone data, which some
 * mini program JS engines lack (the server's time module uses the tz database).
 */
const OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

const pad = (n: number): string => String(n).padStart(2, '0');

/** An instant as its Shanghai calendar date `2026-05-01`, time `08:30`, year and month (1–12). */
export function shanghaiParts(at: Date | string) {
  const d = new Date(new Date(at).getTime() + OFFSET_MS);
  const [year, month] = [d.getUTCFullYear(), d.getUTCMonth() + 1];
  return { year, month, date: `${year}-${pad(month)}-${pad(d.getUTCDate())}`, time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}` };
}

/** The Shanghai calendar date `days` after today (or `now`). */
export const shanghaiDate = (days = 0, now = new Date()): string => shanghaiParts(new Date(now.getTime() + days * DAY_MS)).date;

/** This year in Shanghai. */
export const shanghaiYear = (now = new Date()): number => shanghaiParts(now).year;

/** A Shanghai wall-clock time as the instant the server expects: `2026-05-01`, `09:00` → `2026-05-01T01:00:00.000Z`. */
export const shanghaiInstant = (date: string, time = '00:00'): string => new Date(`${date}T${time.length === 5 ? `${time}:00` : time}+08:00`).toISOString();
