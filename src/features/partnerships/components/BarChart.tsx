import { View } from '@tarojs/components';
import './BarChart.scss';

export interface Bar {
  key: string;
  label: string;
  value: number;
  onTap: () => void;
  /** A bar's own colour, when bars of one chart mean different things (on time / late / missing / not due). */
  tone?: Tone;
}

type Tone = 'red' | 'gold' | 'green' | 'grey';

/** Horizontal bars drawn with Views (no chart library in a mini program); every bar opens its rows. */
export default function BarChart({ bars, tone = 'red' }: { bars: Bar[]; tone?: Tone }) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <View className='bar-chart'>
      {bars.map((b) => (
        <View key={b.key} className='bar-chart__row' onClick={b.onTap}>
          <View className='bar-chart__label'>{`${b.label} ${b.value}`}</View>
          <View className='bar-chart__track'>
            {/* Zero draws nothing: a coloured stub would read as "a few". */}
            {b.value > 0 && <View className={`bar-chart__bar bar-chart__bar--${b.tone ?? tone}`} style={{ width: `${(b.value / max) * 100}%` }} />}
          </View>
          <View className='bar-chart__arrow' />
        </View>
      ))}
    </View>
  );
}
