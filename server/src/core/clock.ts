/**
 * The one source of "now" for every rule of the service (deadlines, windows, periods, years). A
 * rule never reads the system time itself, so tests and demo runs can set the instant they run at.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that reads `start` now and then advances with real time (CLOCK_START, test servers). */
export class ShiftedClock implements Clock {
  private offsetMs = 0;

  constructor(start?: Date) {
    if (start) this.set(start);
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** From here on the clock reads `instant`, then advances normally. */
  set(instant: Date | string): void {
    this.offsetMs = new Date(instant).getTime() - Date.now();
  }
}

/** The service's clock: the real time, or CLOCK_START's when it is set. */
export const clockStartingAt = (start: Date | undefined): Clock => (start ? new ShiftedClock(start) : systemClock);
