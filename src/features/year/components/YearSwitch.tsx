import { View } from '@tarojs/components';
import { shanghaiYear } from '../../../lib/time';
import './YearSwitch.scss';

/** ‹ 2025 · 2026 年度 · 2027 ›, never past this year. */
export default function YearSwitch({ year, onChange }: { year: number; onChange: (year: number) => void }) {
  const thisYear = shanghaiYear();
  return (
    <View className='year-switch'>
      <View className='year-switch__side' ariaLabel={`查看 ${year - 1} 年度`} onClick={() => onChange(year - 1)}>‹ {year - 1}</View>
      <View className='year-switch__year'>{year} 年度</View>
      <View
        className={year >= thisYear ? 'year-switch__side year-switch__side--hidden' : 'year-switch__side'}
        ariaLabel={`查看 ${year + 1} 年度`}
        onClick={() => year < thisYear && onChange(year + 1)}
      >
        {year + 1} ›
      </View>
    </View>
  );
}
