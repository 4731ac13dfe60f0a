import { Input, Picker, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import PagedList from '../../../components/PagedList';
import PageShell from '../../../components/PageShell';
import { useMe } from '../../../features/auth/api/get-me';
import { useRevealPhone } from '../../../features/members/api/reveal-phone';
import { useRoll } from '../../../features/members/api/list-roll';
import RollMemberCell from '../../../features/members/components/RollMemberCell';
import { useOrganization } from '../../../features/orgs/api/get-organization';
import { useCommunitiesInScope } from '../../../features/orgs/api/list-communities-in-scope';
import { useDebouncedValue } from '../../../lib/use-debounced-value';
import './roll.scss';

/** 党员名册: the members in my scope, by name and organisation; phones masked, each reveal recorded. */
export default function RollPage() {
  const opened = Number(useRouter().params.organizationId) || undefined;
  const me = useMe();
  const communities = useCommunitiesInScope(me.data?.id);
  const openedOrg = useOrganization(opened);
  const [organizationId, setOrganizationId] = useState(opened);
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim());
  const list = useRoll(q, organizationId);
  const { phones, busyId, reveal } = useRevealPhone();

  // The filter: everything, the organisation this page was opened for, or one of my communities.
  const options = [
    { id: undefined, name: '全部组织' },
    ...(opened && openedOrg.data ? [{ id: opened, name: openedOrg.data.name }] : []),
    ...(communities.data ?? []).filter((c) => c.organizationId !== opened).map((c) => ({ id: c.organizationId, name: c.name })),
  ];
  const selected = Math.max(0, options.findIndex((o) => o.id === organizationId));
  const names = new Map(options.filter((o) => o.id).map((o) => [o.id, o.name]));

  return (
    <PageShell>
      <View className='roll__filters'>
        <Input className='roll__search' placeholder='搜索党员姓名或手机号' ariaLabel='搜索党员姓名或手机号' confirmType='search' value={search} onInput={(e) => setSearch(e.detail.value)} />
        <Picker mode='selector' range={options.map((o) => o.name)} value={selected} onChange={(e) => setOrganizationId(options[Number(e.detail.value)].id)}>
          <View className='roll__organization' ariaLabel='按组织筛选'>
            {options[selected].name} ▾
          </View>
        </Picker>
      </View>
      <PagedList
        list={list}
        keyOf={(m) => m.id}
        emptyTitle={q ? `名册中没有“${q}”` : '名册中还没有党员'}
        emptyDescription={q ? '换个关键词试试' : '在桌面工作台导入党员名册'}
        renderItem={(m) => <RollMemberCell member={m} organizationName={names.get(m.organizationId)} phone={phones[m.id]} busy={busyId === m.id} onReveal={() => void reveal(m)} />}
      />
    </PageShell>
  );
}
