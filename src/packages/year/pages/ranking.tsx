import { useState } from 'react';
import PagedList from '../../../components/PagedList';
import PageShell from '../../../components/PageShell';
import RankRow from '../../../components/RankRow';
import { useRanking } from '../../../features/year';
import AdminOrganization from '../../../features/orgs/components/AdminOrganization';
import YearSwitch from '../../../features/year/components/YearSwitch';
import { shanghaiYear } from '../../../lib/time';
import './year.scss';

/** 积分排行 (admin): the members of an organisation in scope by the year's points. */
export default function RankingPage() {
  const [organizationId, setOrganizationId] = useState<number | null>(null);
  const [year, setYear] = useState(shanghaiYear());
  const list = useRanking(organizationId, year);
  return (
    <PageShell>
      <AdminOrganization value={organizationId} onChange={setOrganizationId} />
      <YearSwitch year={year} onChange={setYear} />
      <PagedList
        list={list}
        keyOf={(r) => r.userId}
        emptyTitle='本年度暂无积分'
        renderItem={(r) => <RankRow rank={r.rank} name={r.nickname} points={r.points} />}
      />
    </PageShell>
  );
}
