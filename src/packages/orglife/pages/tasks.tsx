import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import Card from '../../../components/Card';
import PagedList from '../../../components/PagedList';
import PageShell from '../../../components/PageShell';
import StatusTag from '../../../components/StatusTag';
import Tabs from '../../../components/Tabs';
import { useTaskLists, type TaskList } from '../../../features/orglife/api';
import { openPage } from '../../../lib/routes';
import './orglife.scss';

/** 责任清单 and 整顿清单 of a street or an organisation, each with its tasks done and overdue; a list opens its tasks. */
export default function TaskListsPage() {
  const params = useRouter().params;
  const [kind, setKind] = useState<TaskList['kind']>(params.kind === 'rectification' ? 'rectification' : 'responsibility');
  const list = useTaskLists({ kind, streetId: params.streetId ? Number(params.streetId) : undefined, organizationId: params.organizationId ? Number(params.organizationId) : undefined });
  return (
    <PageShell>
      <Tabs tabs={[{ value: 'responsibility' as const, label: '党建责任清单' }, { value: 'rectification' as const, label: '软弱涣散整顿' }]} value={kind} onChange={setKind} />
      <PagedList
        list={list}
        keyOf={(l) => l.id}
        emptyTitle='暂无清单'
        renderItem={(l) => (
          <View onClick={() => openPage('taskList', { id: l.id })}>
            <Card title={l.title} extra={l.closedAt ? <StatusTag tone='success' label='已关闭' /> : l.overdueCount ? <StatusTag tone='danger' label={`${l.overdueCount} 项逾期`} /> : undefined}>
              <View className='orglife__meta'>{l.organizationName} · {l.year}年</View>
              <View className='orglife__figures'>
                <View>任务 {l.taskCount}</View>
                <View>完成 {l.doneCount}</View>
                <View>逾期 {l.overdueCount}</View>
              </View>
              {l.agreement && <View className='orglife__meta'>已上传签订的目标责任书</View>}
            </Card>
          </View>
        )}
      />
    </PageShell>
  );
}
