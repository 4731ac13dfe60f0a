import Taro, { useRouter } from '@tarojs/taro';
import { useEffect } from 'react';
import Cell from '../../../components/Cell';
import PagedList from '../../../components/PagedList';
import PageShell from '../../../components/PageShell';
import { useNewOrganizationList } from '../../../features/partnerships/api/list-new-organizations';
import { usePairedCommunityList } from '../../../features/partnerships/api/list-paired-communities';
import { usePartnershipList } from '../../../features/partnerships/api/list-partnerships';
import { useProjectList } from '../../../features/partnerships/api/list-projects';
import PairCell from '../../../features/partnerships/components/PairCell';
import ProjectCell from '../../../features/partnerships/components/ProjectCell';
import { COVERAGE_LABELS } from '../../../features/partnerships/labels';
import { openPage } from '../../../features/partnerships/routes';
import type { Coverage, Drill, ProjectCategory, ProjectStatus } from '../../../features/partnerships/types';

/** The rows behind one dashboard figure; the list's total is the figure. */
export default function DrillPage() {
  const { params } = useRouter();
  const drill: Drill = {
    list: (params.list ?? 'projects') as Drill['list'],
    streetId: params.streetId ? Number(params.streetId) : undefined,
    category: params.category as ProjectCategory | undefined,
    status: params.status as ProjectStatus | undefined,
    covered: params.covered as Coverage | undefined,
  };
  const title = decodeURIComponent(params.title ?? '明细');
  useEffect(() => void Taro.setNavigationBarTitle({ title }), [title]);
  return (
    <PageShell>
      {drill.list === 'pairs' && <Pairs drill={drill} />}
      {drill.list === 'communities' && <Communities drill={drill} />}
      {drill.list === 'projects' && <Projects drill={drill} />}
      {drill.list === 'new-organizations' && <NewOrganizations drill={drill} />}
    </PageShell>
  );
}

const Pairs = ({ drill }: { drill: Drill }) => <PagedList list={usePartnershipList({ streetId: drill.streetId })} keyOf={(p) => p.id} renderItem={(p) => <PairCell pair={p} />} />;

const Projects = ({ drill }: { drill: Drill }) => (
  <PagedList list={useProjectList({ streetId: drill.streetId, category: drill.category, status: drill.status })} keyOf={(p) => p.id} emptyTitle='没有符合条件的项目' renderItem={(p) => <ProjectCell project={p} pair={p.partnership} />} />
);

const Communities = ({ drill }: { drill: Drill }) => (
  <PagedList
    list={usePairedCommunityList(drill.streetId)}
    keyOf={(c) => c.id}
    renderItem={(c) => <Cell title={c.name} description={c.streetName} onClick={() => openPage('pair', { id: c.partnerships[c.partnerships.length - 1].id })} />}
  />
);

const NewOrganizations = ({ drill }: { drill: Drill }) => (
  <PagedList
    list={useNewOrganizationList(drill.streetId, drill.covered)}
    keyOf={(o) => o.id}
    renderItem={(o) => <Cell title={o.name} description={`${o.streetName} · ${o.type === 'social' ? '社会组织' : '经济组织'} · 正式党员 ${o.fullMemberCount} 名`} value={COVERAGE_LABELS[o.covered]} />}
  />
);
