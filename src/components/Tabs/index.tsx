import { ScrollView, View } from '@tarojs/components';
import './index.scss';

/** A tab's value; `undefined` stands for "all" in a filter. */
type TabValue = string | undefined;

interface Props<T extends TabValue> {
  tabs: { value: T; label: string }[];
  value: T;
  onChange: (value: T) => void;
}

/** A row of tabs over a list; more than fit on a phone scroll sideways. */
export default function Tabs<T extends TabValue>({ tabs, value, onChange }: Props<T>) {
  return (
    <ScrollView className='tabs' scrollX enhanced showScrollbar={false}>
      <View className='tabs__row'>
        {tabs.map((t) => (
          <View key={t.value ?? ''} className={t.value === value ? 'tabs__tab tabs__tab--active' : 'tabs__tab'} onClick={() => onChange(t.value)}>
            {t.label}
          </View>
        ))}
      </View>
    </ScrollView>
  );
}
