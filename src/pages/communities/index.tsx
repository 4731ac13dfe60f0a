import { Input, View } from '@tarojs/components';
import Taro, { useUnload } from '@tarojs/taro';
import { useState } from 'react';
import PagedList from '../../components/PagedList';
import PageShell from '../../components/PageShell';
import { useCommunityList } from '../../features/orgs/api/list-communities';
import CommunityCell from '../../features/orgs/components/CommunityCell';
import StreetTabs from '../../features/orgs/components/StreetTabs';
import { useCurrentCommunity } from '../../features/orgs/current-community';
import { cancelCommunityPick, completeCommunityPick } from '../../features/orgs/pick-community';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import './index.scss';

export default function CommunityPicker() {
  const [search, setSearch] = useState('');
  const [streetId, setStreetId] = useState<number>();
  const q = useDebouncedValue(search.trim());
  const list = useCommunityList(q, streetId);
  const current = useCurrentCommunity();
  useUnload(cancelCommunityPick);
  // Another street's list starts at its top, not where the last one was scrolled to.
  const pickStreet = (id: number | undefined) => {
    setStreetId(id);
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 });
  };

  return (
    <PageShell>
      <View className='community-picker__search'>
        <Input
          className='community-picker__input'
          placeholder='搜索社区名称，如“城阳村”'
          ariaLabel='搜索社区名称'
          confirmType='search'
          value={search}
          onInput={(e) => setSearch(e.detail.value)}
        />
        <StreetTabs value={streetId} onChange={pickStreet} />
      </View>
      <PagedList
        list={list}
        keyOf={(c) => c.id}
        emptyTitle={q ? `没有找到“${q}”` : '暂无社区'}
        emptyDescription={q ? '换个关键词试试' : undefined}
        renderItem={(c) => <CommunityCell community={c} selected={c.id === current?.id} onClick={() => completeCommunityPick(c)} />}
      />
    </PageShell>
  );
}
