import { ScrollView, View } from '@tarojs/components';
import { FILTER_KINDS, KIND_LABELS, type ActivityKind } from '../types';
import './KindChips.scss';

/** 全部 plus one chip per kind; scrolls sideways where the screen is narrow. */
export default function KindChips({ value, onChange }: { value?: ActivityKind; onChange: (kind?: ActivityKind) => void }) {
  const kinds: (ActivityKind | undefined)[] = [undefined, ...FILTER_KINDS];
  return (
    <ScrollView className='kind-chips' scrollX enhanced showScrollbar={false}>
      {kinds.map((k) => (
        <View key={k ?? 'all'} className={k === value ? 'kind-chips__chip kind-chips__chip--active' : 'kind-chips__chip'} onClick={() => onChange(k)}>
          {k ? KIND_LABELS[k] : '全部'}
        </View>
      ))}
    </ScrollView>
  );
}
