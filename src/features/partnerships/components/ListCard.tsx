import { View } from '@tarojs/components';
import Card from '../../../components/Card';
import { LIST_KIND_LABELS } from '../labels';
import type { ListKind, Partnership } from '../types';
import './ListCard.scss';

/** One of the three lists (资源 / 需求 / 服务), each side's entries under its name. */
export default function ListCard({ partnership: p, kind, onAdd }: { partnership: Partnership; kind: ListKind; onAdd?: () => void }) {
  return (
    <Card title={LIST_KIND_LABELS[kind]} extra={onAdd && <View className='list-card__add' onClick={onAdd}>添加</View>}>
      {[p.communityA, p.communityB].map((c) => {
        const items = p.lists[kind].filter((i) => i.communityId === c.id);
        return (
          <View key={c.id} className='list-card__side'>
            <View className='list-card__community'>{c.name}</View>
            {items.length ? items.map((i) => <View key={i.id} className='list-card__item'>{i.content}</View>) : <View className='list-card__none'>暂未填写</View>}
          </View>
        );
      })}
    </Card>
  );
}
