import { ScrollView, View } from '@tarojs/components';
import { useStreets } from '../api/list-streets';
import './StreetTabs.scss';

interface Props {
  value: number | undefined;
  onChange: (streetId: number | undefined) => void;
}

/** Narrows a community list to one street; "全部" clears it. Hidden until the streets are known. */
export default function StreetTabs({ value, onChange }: Props) {
  const streets = useStreets();
  const tabs = [{ id: undefined, name: '全部' }, ...(streets.data?.items ?? [])];
  if (tabs.length === 1) return null;
  return (
    // The chosen tab is scrolled into view, so a chip picked at the far end never hides half-cut.
    <ScrollView className='street-tabs' scrollX enableFlex scrollWithAnimation scrollIntoView={`street-tab-${value ?? 'all'}`}>
      {tabs.map((s) => (
        <View key={s.name} id={`street-tab-${s.id ?? 'all'}`} className={s.id === value ? 'street-tabs__tab street-tabs__tab--active' : 'street-tabs__tab'} onClick={() => onChange(s.id)}>
          {s.name}
        </View>
      ))}
      <View className='street-tabs__end' />
    </ScrollView>
  );
}
