import { Picker } from '@tarojs/components';
import Cell from '../../../components/Cell';
import { shanghaiInstant, shanghaiParts } from '../../../lib/time';

/** A window's start and end as the pickers hold them, in Shanghai time. */
export interface Window {
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
}

const DAY_MS = 24 * 3600_000;

/** From now (to the minute) for `days` days: a 公示 of 5 working days is 7 calendar days. */
export function windowFrom(now: Date, days: number): Window {
  const start = shanghaiParts(now);
  const end = shanghaiParts(new Date(now.getTime() + days * DAY_MS));
  return { startDate: start.date, startTime: start.time, endDate: end.date, endTime: end.time };
}

/** The window as the instants the server expects; the server refuses an end before the start. */
export const windowInstants = (w: Window) => ({ start: shanghaiInstant(w.startDate, w.startTime), end: shanghaiInstant(w.endDate, w.endTime) });

interface Props {
  value: Window;
  onChange: (w: Window) => void;
  startLabel: string;
  endLabel: string;
}

/** The start and the end of a vote or a 公示: a date and a time picker each. */
export default function WindowFields({ value, onChange, startLabel, endLabel }: Props) {
  const rows: { label: string; date: keyof Window; time: keyof Window }[] = [
    { label: startLabel, date: 'startDate', time: 'startTime' },
    { label: endLabel, date: 'endDate', time: 'endTime' },
  ];
  return (
    <>
      {rows.map((r) => [
        <Picker key={r.date} mode='date' value={value[r.date]} onChange={(e) => onChange({ ...value, [r.date]: e.detail.value })}>
          <Cell title={`${r.label}日期`} value={value[r.date]} arrow />
        </Picker>,
        <Picker key={r.time} mode='time' value={value[r.time]} onChange={(e) => onChange({ ...value, [r.time]: e.detail.value })}>
          <Cell title={`${r.label}时间`} value={value[r.time]} arrow />
        </Picker>,
      ])}
    </>
  );
}
