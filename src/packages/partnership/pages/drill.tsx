import Taro, { useRouter } from '@tarojs/taro';
import { useEffect } from 'react';
import Cell from '../../../components/Cell';
import PagedList from '../../../components/PagedList';
import PageShell from '../../../components/PageShell';
import { KIND_LABELS } from '../../../features/activities/types';
import { periodLabel } from '../../../features/disclosures/periods';
import { CATEGORY_LABELS as DISCLOSURE_LABELS } from '../../../features/disclosures/types';
import { useComplianceCommunityList } from '../../../features/partnerships/api/list-compliance-communities';
import { useNewOrganizationList } from '../../../features/partnerships/api/list-new-organizations';
import { useParticipationList } from '../../../features/partnerships/api/list-participation';
import { usePairedCommunityList } from '../../../features/partnerships/api/list-paired-communities';
import { usePartnershipList } from '../../../features/partnerships/api/list-partnerships';
import { useProjectList } from '../../../features/partnerships/api/list-projects';
import PartnershipCell from '../../../features/partnerships/components/PartnershipCell';
import ProjectCell from '../../../features/partnerships/components/ProjectCell';
import { COMPLIANCE_LABELS, COVERAGE_LABELS } from '../../../features/partnerships/labels';
import { openPage } from '../../../lib/routes';
import { formatDate } from '../../../lib/format';
import type { ComplianceStatus, Coverage, DisclosureCategory, Drill, ProjectCategory, ProjectStatus } from '../../../features/partnerships/types';

/** The rows behind one dashboard figure; the list's total is the figure. */
export default function DrillPage() {
  const { params } = useRouter();
  const drill: Drill = {
    list: (params.list ?? 'projects') as Drill['list'],
    streetId: params.streetId ? Number(params.streetId) : undefined,
    category: params.category as ProjectCategory | undefined,
    status: params.status as ProjectStatus | undefined,
    covered: params.covered as Coverage | undefined,
    period: params.period,
    quarter: params.quarter,
    disclosureCategory: params.disclosureCategory as DisclosureCategory | undefined,
    compliance: params.compliance as ComplianceStatus | undefined,
    year: params.year ? Number(params.year) : undefined,
  };
  const title = decodeURIComponent(params.title ?? '明细');
  useEffect(() => void Taro.setNavigationBarTitle({ title }), [title]);
  return (
    <PageShell>
      {drill.list === 'partnerships' && <Partnerships drill={drill} />}
      {drill.list === 'communities' && <Communities drill={drill} />}
      {drill.list === 'projects' && <Projects drill={drill} />}
      {drill.list === 'new-organizations' && <NewOrganizations drill={drill} />}
      {drill.list === 'compliance' && <ComplianceCommunities drill={drill} />}
      {drill.list === 'activities' && <Activities drill={drill} />}
    </PageShell>
  );
}

const Partnerships = ({ drill }: { drill: Drill }) => <PagedList list={usePartnershipList({ streetId: drill.streetId })} keyOf={(p) => p.id} renderItem={(p) => <PartnershipCell partnership={p} />} />;

const Projects = ({ drill }: { drill: Drill }) => (
  <PagedList list={useProjectList({ streetId: drill.streetId, category: drill.category, status: drill.status })} keyOf={(p) => p.id} emptyTitle='没有符合条件的项目' renderItem={(p) => <ProjectCell project={p} partnership={p.partnership} />} />
);

const Communities = ({ drill }: { drill: Drill }) => (
  <PagedList
    list={usePairedCommunityList(drill.streetId)}
    keyOf={(c) => c.id}
    renderItem={(c) => <Cell title={c.name} description={c.streetName} onClick={() => openPage('partnership', { id: c.partnerships[c.partnerships.length - 1].id })} />}
  />
);

const NewOrganizations = ({ drill }: { drill: Drill }) => (
  <PagedList
    list={useNewOrganizationList(drill.streetId, drill.covered)}
    keyOf={(o) => o.id}
    renderItem={(o) => <Cell title={o.name} description={`${o.streetName} · ${o.type === 'social' ? '社会组织' : '经济组织'} · 正式党员 ${o.fullMemberCount} 名`} value={COVERAGE_LABELS[o.covered]} />}
  />
);

/** Each community with the category's period, due date and when (if ever) it was first published. */
const ComplianceCommunities = ({ drill }: { drill: Drill }) => (
  <PagedList
    list={useComplianceCommunityList({ streetId: drill.streetId, period: drill.period, quarter: drill.quarter, category: drill.disclosureCategory, status: drill.compliance })}
    keyOf={(c) => c.communityId}
    emptyTitle='没有符合条件的社区'
    renderItem={(c) => {
      const x = c.categories.find((k) => k.category === drill.disclosureCategory) ?? c.categories[0];
      const when = x.publishedAt ? `${formatDate(x.publishedAt)} 公开` : `应于 ${formatDate(x.dueAt)} 前公开`;
      return <Cell title={c.communityName} description={`${c.streetName} · ${DISCLOSURE_LABELS[x.category]} ${periodLabel(x.period)} · ${when}`} value={COMPLIANCE_LABELS[x.status]} />;
    }}
  />
);

const Activities = ({ drill }: { drill: Drill }) => (
  <PagedList
    list={useParticipationList(drill.streetId, drill.year)}
    keyOf={(a) => a.id}
    emptyTitle='没有已举办的活动'
    renderItem={(a) => (
      <Cell
        title={a.title}
        description={`${formatDate(a.startAt)} · ${KIND_LABELS[a.kind]} · 报名 ${a.signups} 人`}
        value={`签到 ${a.checkIns}`}
        onClick={() => openPage('activity', { id: a.id })}
      />
    )}
  />
);
