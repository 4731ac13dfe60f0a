import { Picker } from '@tarojs/components';
import Cell from '../../../components/Cell';
import { shanghaiDate } from '../../../lib/time';

export interface DeadlineValue {
  date: string;
  time: string;
}

/** When a vote or a 公示 ends: a date (today on) and a time, in Shanghai time. */
export default function Deadline({ label, value, onChange }: { label: string; value: DeadlineValue; onChange: (value: DeadlineValue) => void }) {
  return (
    <>
      <Picker mode='date' value={value.date} start={shanghaiDate()} onChange={(e) => onChange({ ...value, date: e.detail.value })}>
        <Cell title={`${label}日期`} value={value.date} arrow />
      </Picker>
      <Picker mode='time' value={value.time} onChange={(e) => onChange({ ...value, time: e.detail.value })}>
        <Cell title={`${label}时间`} value={value.time} arrow />
      </Picker>
    </>
  );
}
