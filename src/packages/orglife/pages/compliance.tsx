import { Picker, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { openPage } from '../../../lib/routes';
import { useReloadOnReturn } from '../../../lib/use-reload-on-return';
import { useState } from 'react';
import Card from '../../../components/Card';
import Cell from '../../../components/Cell';
import PagedList from '../../../components/PagedList';
import PageShell from '../../../components/PageShell';
import StatusTag from '../../../components/StatusTag';
import Tabs from '../../../components/Tabs';
import {
  MEETING_KIND_TEXT, MEETING_KINDS, STATUS_TEXT, STATUS_TONE, useComplianceRows, useComplianceSummary, type ComplianceStatus, type MeetingKind,
} from '../../../features/orglife/api';
import './orglife.scss';

const STATUSES: ComplianceStatus[] = ['on_time', 'late', 'missing', 'not_due'];
const GROUP_TEXT = { rural: '农村社区', urban: '城市社区', enterprise: '非公企业', other: '其他' } as const;

/**
 * 三会一课 compliance for a street (`streetId`) or an organisation (`organizationId`): per kind, how
 * many organisations held it on time, late or not at all in the period (`period`, a month), and the
 * rows behind each count. Opened by an admin (`manage=1`), a row opens the form to record that meeting.
 */
export default function CompliancePage() {
  const params = useRouter().params;
  const scope = { streetId: params.streetId ? Number(params.streetId) : undefined, organizationId: params.organizationId ? Number(params.organizationId) : undefined };
  const [period, setPeriod] = useState<string | undefined>(params.period || undefined);
  const [kind, setKind] = useState<MeetingKind>('org_life');
  const [status, setStatus] = useState<ComplianceStatus | undefined>(undefined);
  const summary = useComplianceSummary({ ...scope, period });
  const rows = useComplianceRows({ ...scope, period, kind, status });
  useReloadOnReturn(() => Promise.all([summary.reload(), rows.reload()]));
  const s = summary.data;
  const periodOf = s ? { monthly: s.period, quarterly: s.quarter, yearly: `${s.year}年` } : undefined;
  const cadence = kind === 'branch_committee' || kind === 'group' ? 'monthly' : kind === 'org_life' || kind === 'democratic_review' ? 'yearly' : 'quarterly';
  return (
    <PageShell>
      <Picker mode='date' fields='month' value={period ?? s?.period ?? ''} onChange={(e) => setPeriod(e.detail.value.slice(0, 7))}>
        <Cell title='统计期间' value={s ? `${s.period}（季度 ${s.quarter}，年度 ${s.year}）` : '加载中'} arrow />
      </Picker>
      <Tabs tabs={MEETING_KINDS.map((k) => ({ value: k, label: MEETING_KIND_TEXT[k] }))} value={kind} onChange={(k) => setKind(k)} />
      {s && (
        <Card title={`${MEETING_KIND_TEXT[kind]} · ${periodOf![cadence]} · ${s.organizations} 个党组织`}>
          <View className='orglife__tags'>
            {STATUSES.map((st) => (
              <View key={st} onClick={() => setStatus(status === st ? undefined : st)}>
                <StatusTag tone={status === st ? 'strong' : STATUS_TONE[st]} label={`${STATUS_TEXT[st]} ${s.byKind[kind][st]}`} />
              </View>
            ))}
          </View>
          {kind === 'org_life' && (
            <View className='orglife__meta'>
              已召开：{(['rural', 'urban', 'enterprise'] as const).map((g) => `${GROUP_TEXT[g]} ${s.orgLifeByGroup[g].held}/${s.orgLifeByGroup[g].organizations}`).join('，')}
            </View>
          )}
        </Card>
      )}
      <PagedList
        list={rows}
        keyOf={(r) => r.organizationId}
        emptyTitle='没有符合条件的党组织'
        renderItem={(r) => {
          const k = r.kinds.find((x) => x.kind === kind)!;
          const record = params.manage ? () => openPage('recordMeeting', { organizationId: r.organizationId, kind }) : undefined;
          return (
            <Cell
              title={r.organizationName}
              description={`${r.streetName ?? ''} · ${GROUP_TEXT[r.group]} · 召开 ${k.held} 次`}
              value={<StatusTag tone={STATUS_TONE[k.status]} label={STATUS_TEXT[k.status]} />}
              onClick={record}
            />
          );
        }}
      />
    </PageShell>
  );
}
