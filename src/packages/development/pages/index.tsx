import { View } from '@tarojs/components';
import { useState } from 'react';
import Card from '../../../components/Card';
import Cell from '../../../components/Cell';
import ErrorState from '../../../components/ErrorState';
import PagedList from '../../../components/PagedList';
import PageShell from '../../../components/PageShell';
import StatusTag from '../../../components/StatusTag';
import Tabs from '../../../components/Tabs';
import { useMe } from '../../../features/auth';
import { STAGE_LABELS, STAGE_TONES, STAGES, nextStage, useApplicants, useDueSteps, type Stage } from '../../../features/development';
import { formatDate } from '../../../lib/format';
import { openPage } from '../../../lib/routes';
import { useReloadOnReturn } from '../../../lib/use-reload-on-return';
import './development.scss';

type Filter = Stage | 'disqualified' | undefined;
const TABS: { value: Filter; label: string }[] = [{ value: undefined, label: '全部' }, ...STAGES.map((s) => ({ value: s as Filter, label: STAGE_LABELS[s] })), { value: 'disqualified', label: '已取消资格' }];

/**
 * 发展党员 (admin's desk): the next steps due first (a probationary member past the conversion
 * date stands out), then the pipeline of my scope by stage. Names reach only the branch's scope
 * admins: the server decides, the page shows what it gets.
 */
export default function DevelopmentPage() {
  const me = useMe();
  const [filter, setFilter] = useState<Filter>(undefined);
  const list = useApplicants(filter === 'disqualified' ? { disqualified: true } : { stage: filter });
  const due = useDueSteps();
  useReloadOnReturn(() => Promise.all([list.reload(), due.reload()]));
  const dueSteps = due.data?.items ?? [];
  return (
    <PageShell>
      <Card title='到期提醒' flush>
        {!!due.error && <ErrorState error={due.error} onRetry={due.reload} />}
        {due.data && dueSteps.length === 0 && <View className='dev-due'><View className='dev-meta'>暂无到期的下一步</View></View>}
        {dueSteps.map((d) => (
          <View key={d.applicantId} className={d.overdue ? 'dev-due dev-due--overdue' : 'dev-due'} onClick={() => openPage('applicant', { id: d.applicantId })} ariaRole='link' ariaLabel={`${d.name}：${STAGE_LABELS[d.next]}，${formatDate(d.dueAt)} 起`}>
            <View className='dev-due__title'>
              <View>{d.name} · {STAGE_LABELS[d.stage]} → {STAGE_LABELS[d.next]}</View>
              {d.overdue ? <StatusTag tone='danger' label='已到期' /> : <StatusTag tone='neutral' label={`${formatDate(d.dueAt)} 起`} />}
            </View>
            <View className='dev-meta'>{d.next === 'full' ? `转正到期日 ${formatDate(d.dueAt)}` : `最早 ${formatDate(d.dueAt)} 可列为发展对象`}：{d.rule}</View>
          </View>
        ))}
      </Card>
      <Card flush>
        <Cell title='登记入党申请人' description='姓名、出生日期、申请日期（不登记身份证号）' onClick={() => openPage('newApplicant')} />
        <Cell title='积极分子积分排行' description='积分纪实，按组织和年度' onClick={() => openPage('activistRanking')} />
        <Cell title='差额推荐' description='按积分排名、党员投票、公示，确定发展对象' onClick={() => openPage('recommendations')} />
        <Cell title='取消资格情形' description={me.data?.roles.includes('district_admin') ? '本区规定的情形（可维护）' : '本区规定的情形'} onClick={() => openPage('disqualifyingConditions')} />
      </Card>
      <Tabs tabs={TABS} value={filter} onChange={setFilter} />
      <PagedList
        list={list}
        keyOf={(a) => a.id}
        emptyTitle={filter === 'disqualified' ? '没有被取消资格的人' : '暂无发展对象记录'}
        emptyDescription='只有本支部所属的管理员能看到这些记录'
        renderItem={(a) => {
          const next = nextStage(a.stage);
          return (
            <Card>
              <View className='dev-applicant' onClick={() => openPage('applicant', { id: a.id })} ariaRole='link' ariaLabel={`${a.name}的发展记录`}>
                <View>
                  <View className='dev-line'>{a.name}</View>
                  <View className='dev-meta'>{a.organizationName} · {formatDate(a.stageAt)} 成为{STAGE_LABELS[a.stage]}{a.stage === 'activist' ? ` · 本年积分 ${a.points}` : ''}</View>
                  {a.disqualified && <View className='dev-meta'>已取消资格：{a.disqualified.title}</View>}
                  {!a.disqualified && next && <View className='dev-meta'>下一步：{STAGE_LABELS[next]}</View>}
                </View>
                <StatusTag tone={a.disqualified ? 'danger' : STAGE_TONES[a.stage]} label={a.disqualified ? '已取消资格' : STAGE_LABELS[a.stage]} />
              </View>
            </Card>
          );
        }}
      />
    </PageShell>
  );
}
