import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import Card from '../../../components/Card';
import Cell from '../../../components/Cell';
import ErrorState from '../../../components/ErrorState';
import Loading from '../../../components/Loading';
import PagedList from '../../../components/PagedList';
import PageShell from '../../../components/PageShell';
import Tabs from '../../../components/Tabs';
import { useNewOrganizationList } from '../../../features/partnerships/api/list-new-organizations';
import { COVERAGE_LABELS } from '../../../features/partnerships/labels';
import type { Coverage } from '../../../features/partnerships/types';
import { useCoverage } from '../../../features/tree/api/get-coverage';

const TABS: { value: Coverage | undefined; label: string }[] = [
  { value: undefined, label: '全部' },
  ...(['own', 'joint', 'none'] as Coverage[]).map((value) => ({ value, label: COVERAGE_LABELS[value] })),
];

const percent = (rate: number) => `${Math.round(rate * 1000) / 10}%`;

/** 两新组织: 应建尽建率 of the district or a street, and the rows it is computed from, by how each is covered. */
export default function NewOrganizationsPage() {
  const streetId = Number(useRouter().params.streetId) || undefined;
  const coverage = useCoverage(streetId);
  const [covered, setCovered] = useState<Coverage>();
  const list = useNewOrganizationList(streetId, covered);
  const c = coverage.data;
  return (
    <PageShell>
      <Card title={streetId && c?.streets[0] ? `${c.streets[0].streetName} 应建尽建率` : '应建尽建率'} flush>
        {c ? (
          <>
            <Cell title='应建立党组织' value={`${c.shouldEstablish} 个`} />
            <Cell title='已建立' value={`${c.established} 个 · ${percent(c.rate)}`} />
          </>
        ) : coverage.error ? (
          <ErrorState error={coverage.error} onRetry={coverage.reload} />
        ) : (
          <Loading />
        )}
      </Card>
      <Tabs tabs={TABS} value={covered} onChange={setCovered} />
      <PagedList
        list={list}
        keyOf={(o) => o.id}
        emptyTitle='没有符合条件的两新组织'
        emptyDescription='两新组织由桌面工作台导入'
        renderItem={(o) => <Cell title={o.name} description={`${o.streetName} · ${o.type === 'social' ? '社会组织' : '经济组织'} · 正式党员 ${o.fullMemberCount} 名`} value={COVERAGE_LABELS[o.covered]} />}
      />
    </PageShell>
  );
}
