import { View } from '@tarojs/components';
import './campaigns.scss';

/** A row of filters; `undefined` is "all". */
export default function Tabs<T extends string>({ tabs, value, onChange }: { tabs: { value: T | undefined; label: string }[]; value: T | undefined; onChange: (v: T | undefined) => void }) {
  return (
    <View className='campaign-tabs'>
      {tabs.map((t) => (
        <View key={t.value ?? 'all'} className={t.value === value ? 'campaign-tabs__tab campaign-tabs__tab--active' : 'campaign-tabs__tab'} onClick={() => onChange(t.value)}>
          {t.label}
        </View>
      ))}
    </View>
  );
}
