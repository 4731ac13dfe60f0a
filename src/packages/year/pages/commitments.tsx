import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Empty from '../../../components/Empty';
import PagedList from '../../../components/PagedList';
import PageShell from '../../../components/PageShell';
import { useCurrentCommunity } from '../../../features/orgs/current-community';
import { pickCommunity } from '../../../features/orgs/pick-community';
import { useCommitments } from '../../../features/year';
import CommitmentCard from '../../../features/year/components/CommitmentCard';
import YearSwitch from '../../../features/year/components/YearSwitch';
import { shanghaiYear } from '../../../lib/time';
import './year.scss';

/** A community's commitments for a year, public: the officials' 履职承诺 first, with what was done. */
export default function CommitmentsPage() {
  const { organizationId, name } = useRouter().params;
  const current = useCurrentCommunity();
  const [picked, setPicked] = useState<{ organizationId: number; name: string } | null>(null);
  const org = picked ?? (organizationId ? { organizationId: Number(organizationId), name: decodeURIComponent(name ?? '') } : current);
  const [year, setYear] = useState(shanghaiYear());
  const list = useCommitments(org?.organizationId, year);
  const choose = async () => {
    const c = await pickCommunity();
    setPicked({ organizationId: c.organizationId, name: c.name });
  };
  if (!org)
    return (
      <PageShell>
        <Empty title='请先选择社区' description='查看社区干部的履职承诺和党员的阳光承诺' action={<ActionButton onClick={() => void choose()}>选择社区</ActionButton>} />
      </PageShell>
    );
  return (
    <PageShell>
      <View className='year-header'>
        <View className='year-header__title'>{org.name}</View>
        <View className='year-header__action' ariaLabel='切换社区' onClick={() => void choose()}>切换社区</View>
      </View>
      <YearSwitch year={year} onChange={setYear} />
      <PagedList list={list} keyOf={(c) => c.id} emptyTitle='本年度暂无公开承诺' renderItem={(c) => <CommitmentCard c={c} />} />
    </PageShell>
  );
}
