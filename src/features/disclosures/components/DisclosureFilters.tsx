import { Picker, View } from '@tarojs/components';
import { useMemo } from 'react';
import { periodOptions } from '../periods';
import { CATEGORY_LABELS, type Category } from '../types';
import './DisclosureFilters.scss';

const CHIPS: (Category | undefined)[] = [undefined, 'party', 'affairs', 'finance'];

interface Props {
  category?: Category;
  period?: string;
  onChange: (filter: { category?: Category; period?: string }) => void;
}

/** Category chips and a period picker above a community's list of disclosures. */
export default function DisclosureFilters({ category, period, onChange }: Props) {
  const options = useMemo(() => periodOptions(), []);
  const current = Math.max(0, options.findIndex((o) => o.value === period));
  return (
    <View className='disclosure-filters'>
      <View className='disclosure-filters__chips'>
        {CHIPS.map((c) => (
          <View key={c ?? 'all'} className={c === category ? 'disclosure-filters__chip disclosure-filters__chip--active' : 'disclosure-filters__chip'} onClick={() => onChange({ category: c, period })}>
            {c ? CATEGORY_LABELS[c] : '全部'}
          </View>
        ))}
      </View>
      <Picker mode='selector' range={options.map((o) => o.label)} value={current} onChange={(e) => onChange({ category, period: options[Number(e.detail.value)]?.value })}>
        <View className={period ? 'disclosure-filters__period disclosure-filters__period--active' : 'disclosure-filters__period'}>{options[current].label} ▾</View>
      </Picker>
    </View>
  );
}
