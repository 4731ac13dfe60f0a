import { useState } from 'react';
import PagedList from '../../../components/PagedList';
import PageShell from '../../../components/PageShell';
import RankRow from '../../../components/RankRow';
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
        renderItem={(r) => <RankRow rank={r.rank} name={r.name} points={r.points} onClick={() => openPage('applicant', { id: r.applicantId })} />}
      />
    </PageShell>
  );
}
