import { View } from '@tarojs/components';
import { useState } from 'react';
import PagedList from '../../../components/PagedList';
import PageShell from '../../../components/PageShell';
import { useRanking } from '../../../features/development';
import AdminOrganization from '../../../features/orgs/components/AdminOrganization';
import YearSwitch from '../../../features/year/components/YearSwitch';
import { openPage } from '../../../lib/routes';
import { shanghaiYear } from '../../../lib/time';
import './development.scss';

/** 积分排行 (admin): an organisation's activists in the pipeline by the year's dynamic points. */
export default function ActivistRankingPage() {
  const [organizationId, setOrganizationId] = useState<number | null>(null);
  const [year, setYear] = useState(shanghaiYear());
  const list = useRanking(organizationId, year);
  return (
    <PageShell>
      <AdminOrganization value={organizationId} onChange={setOrganizationId} />
      <YearSwitch year={year} onChange={setYear} />
      <PagedList
        list={list}
        keyOf={(r) => r.applicantId}
        emptyTitle='暂无入党积极分子'
        renderItem={(r) => (
          <View className='dev-rank' onClick={() => openPage('applicant', { id: r.applicantId })} ariaRole='link' ariaLabel={`第 ${r.rank} 名 ${r.name} ${r.points} 分`}>
            <View className={r.rank <= 3 ? 'dev-rank__no dev-rank__no--top' : 'dev-rank__no'}>{r.rank}</View>
            <View className='dev-rank__name'>{r.name}</View>
            <View className='dev-rank__points'>{r.points} 分</View>
          </View>
        )}
      />
    </PageShell>
  );
}
