/** The activity subpackage's pages (registered in app.config.ts). */
const ROOT = '/packages/activity/pages';

export const ACTIVITY_PAGES = {
  detail: (id: number) => `${ROOT}/detail?id=${id}`,
  mine: `${ROOT}/mine`,
  points: `${ROOT}/points`,
  checkin: (id: number) => `${ROOT}/checkin?id=${id}`,
  /** Check-in by scanning whichever activity's code is on the screen at the venue. */
  scan: `${ROOT}/checkin`,
  create: `${ROOT}/edit`,
  edit: (id: number) => `${ROOT}/edit?id=${id}`,
  roster: (id: number) => `${ROOT}/roster?id=${id}`,
  qrcode: (id: number) => `${ROOT}/qrcode?id=${id}`,
};
