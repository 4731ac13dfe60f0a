import { View } from '@tarojs/components';
import { useState } from 'react';
import Card from '../../../components/Card';
import ErrorState from '../../../components/ErrorState';
import Loading from '../../../components/Loading';
import PageShell from '../../../components/PageShell';
import StreetTabs from '../../../features/orgs/components/StreetTabs';
import { useDashboard } from '../../../features/partnerships/api/get-dashboard';
import BarChart from '../../../features/partnerships/components/BarChart';
import StatTiles from '../../../features/partnerships/components/StatTiles';
import { CATEGORY_LABELS as DISCLOSURE_LABELS } from '../../../features/disclosures/types';
import { periodLabel } from '../../../features/disclosures/periods';
import { CATEGORY_LABELS, COMPLIANCE_LABELS, COVERAGE_LABELS, STATUS_LABELS } from '../../../features/partnerships/labels';
import { openDrill } from '../../../features/partnerships/drill';
import type { ComplianceStatus, Coverage, Dashboard, DisclosureCategory, Drill, ProjectCategory, ProjectStatus } from '../../../features/partnerships/types';
import './dashboard.scss';

const percent = (rate: number) => `${Math.round(rate * 1000) / 10}%`;
const COMPLIANCE_TONES: Record<ComplianceStatus, 'green' | 'gold' | 'red' | 'grey'> = { on_time: 'green', late: 'gold', missing: 'red', not_due: 'grey' };

/** 数据看板: every figure opens the list of the rows that make it. */
export default function DashboardPage() {
  const [streetId, setStreetId] = useState<number>();
  const { data, error, loading, reload } = useDashboard(streetId);
  // Only a district admin may look at any street; once picked, the answer's level is "street".
  const canPickStreet = data?.scope.level === 'district' || streetId !== undefined;
  return (
    <PageShell>
      {canPickStreet && <StreetTabs value={streetId} onChange={setStreetId} />}
      {!data && (loading ? <Loading /> : !!error && <ErrorState error={error} onRetry={reload} />)}
      {data && <Figures dashboard={data} />}
    </PageShell>
  );
}

function Figures({ dashboard: d }: { dashboard: Dashboard }) {
  const where = d.scope.streetName ?? '全区';
  const drill = (filter: Omit<Drill, 'streetId'>, title: string) => () => openDrill({ ...filter, streetId: d.scope.streetId ?? undefined }, `${where} · ${title}`);
  const p = d.partnerships;
  const n = d.newOrganizations;
  const c = d.disclosureCompliance;
  const a = d.activityParticipation;
  const activities = drill({ list: 'activities', year: a.year }, `${a.year}年举办的活动`);
  return (
    <View className='dashboard'>
      <View className='dashboard__scope'>{where}联建共建与两新党建{d.scope.level === 'public' ? '（公开数据）' : ''}</View>
      <Card title='联建共建'>
        <StatTiles
          stats={[
            { label: '联建对子', value: p.pairs, onTap: drill({ list: 'partnerships' }, '联建对子') },
            { label: '结对社区', value: p.communities, onTap: drill({ list: 'communities' }, '结对社区') },
            { label: '共建项目', value: p.projects.total, onTap: drill({ list: 'projects' }, '共建项目') },
            { label: '已启动项目', value: p.projects.byStatus.started, onTap: drill({ list: 'projects', status: 'started' }, '已启动项目') },
          ]}
        />
      </Card>
      <Card title='项目类别'>
        <BarChart
          bars={(Object.keys(CATEGORY_LABELS) as ProjectCategory[]).map((c) => ({
            key: c, label: CATEGORY_LABELS[c], value: p.projects.byCategory[c], onTap: drill({ list: 'projects', category: c }, `${CATEGORY_LABELS[c]}类项目`),
          }))}
        />
      </Card>
      <Card title='推进情况'>
        <BarChart
          tone='gold'
          bars={(Object.keys(STATUS_LABELS) as ProjectStatus[]).map((s) => ({
            key: s, label: STATUS_LABELS[s], value: p.projects.byStatus[s], onTap: drill({ list: 'projects', status: s }, `${STATUS_LABELS[s]}项目`),
          }))}
        />
      </Card>
      <Card title='两新组织党组织覆盖'>
        <StatTiles
          stats={[
            { label: '应建立党组织', value: n.shouldEstablish, onTap: drill({ list: 'new-organizations' }, '应建立党组织的两新组织') },
            { label: `已建立 · 覆盖率 ${percent(n.rate)}`, value: n.established, onTap: drill({ list: 'new-organizations', covered: 'established' }, '已建立党组织的两新组织') },
          ]}
        />
        <BarChart
          tone='green'
          bars={(['own', 'joint', 'none'] as Coverage[]).map((c) => ({
            key: c, label: COVERAGE_LABELS[c], value: n[c as 'own' | 'joint' | 'none'], onTap: drill({ list: 'new-organizations', covered: c }, `${COVERAGE_LABELS[c]}党组织`),
          }))}
        />
      </Card>
      <Card title={`三务公开（${c.communities} 个社区）`}>
        <View className='dashboard__note'>{`财务 ${periodLabel(c.period)} · 党务、居务 ${periodLabel(c.quarter)}`}</View>
        {(Object.keys(DISCLOSURE_LABELS) as DisclosureCategory[]).map((cat) => (
          <View key={cat}>
            <View className='dashboard__subtitle'>{`${DISCLOSURE_LABELS[cat]}公开`}</View>
            <BarChart
              bars={(Object.keys(COMPLIANCE_LABELS) as ComplianceStatus[]).map((s) => ({
                key: s, label: COMPLIANCE_LABELS[s], value: c.byCategory[cat][s], tone: COMPLIANCE_TONES[s],
                onTap: drill({ list: 'compliance', period: c.period, quarter: c.quarter, disclosureCategory: cat, compliance: s }, `${DISCLOSURE_LABELS[cat]}公开 · ${COMPLIANCE_LABELS[s]}`),
              }))}
            />
          </View>
        ))}
      </Card>
      <Card title={`活动参与（${a.year}年）`}>
        <StatTiles
          stats={[
            { label: '举办活动', value: a.held, onTap: activities },
            { label: '确认报名', value: a.signups, onTap: activities },
            { label: '签到人次', value: a.checkIns, onTap: activities },
            { label: '出席率', value: a.rate === null ? '—' : percent(a.rate), onTap: activities },
          ]}
        />
      </Card>
    </View>
  );
}
