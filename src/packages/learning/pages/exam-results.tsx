import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import Cell from '../../../components/Cell';
import ErrorState from '../../../components/ErrorState';
import Loading from '../../../components/Loading';
import PagedList from '../../../components/PagedList';
import PageShell from '../../../components/PageShell';
import { exportResults, useExamResults, usePendingMembers } from '../../../features/learning/api';
import './learning.scss';

/**
 * 考试成绩 (admin): required / attempted / passed for the exam's audience in my scope, per
 * organisation (a row narrows to it), who still must sit it, and the whole as an Excel file.
 */
export default function ExamResultsPage() {
  const examId = Number(useRouter().params.id);
  const [organizationId, setOrganizationId] = useState<number | undefined>();
  const results = useExamResults(examId, organizationId);
  const pending = usePendingMembers(examId, organizationId);
  const r = results.data;
  return (
    <PageShell>
      {!r && (results.error ? <ErrorState error={results.error} onRetry={results.reload} /> : <Loading />)}
      {r && (
        <>
          <Card title={organizationId ? (r.organizations.find((o) => o.organizationId === organizationId)?.name ?? '所选组织') : '合计'} extra={organizationId ? <View className='learning__link' onClick={() => setOrganizationId(undefined)}>全部组织</View> : undefined}>
            <View className='learning__figures'>
              <View className='learning__figure'>
                <View className='learning__figure-value'>{r.required}</View>应考
              </View>
              <View className='learning__figure'>
                <View className='learning__figure-value'>{r.attempted}</View>参考
              </View>
              <View className='learning__figure'>
                <View className='learning__figure-value'>{r.passed}</View>合格
              </View>
            </View>
            <View className='learning__actions'>
              <ActionButton variant='plain' onClick={() => void exportResults(examId, organizationId)}>
                导出 Excel
              </ActionButton>
            </View>
          </Card>
          <Card title='各组织情况' flush>
            {r.organizations.length === 0 && <Cell title='范围内没有应考党员' />}
            {r.organizations.map((o) => (
              <Cell
                key={o.organizationId}
                title={o.name}
                value={`应考 ${o.required} · 参考 ${o.attempted} · 合格 ${o.passed}`}
                onClick={organizationId === o.organizationId ? undefined : () => setOrganizationId(o.organizationId)}
              />
            ))}
          </Card>
        </>
      )}
      <View className='learning__section'>尚未参考（{pending.total}）</View>
      <PagedList
        list={pending}
        keyOf={(m) => m.memberId}
        emptyTitle='应考党员都已参考'
        renderItem={(m) => <Cell title={m.name} description={m.organizationName} value={m.birthYear ? `${m.birthYear}年生` : undefined} />}
      />
    </PageShell>
  );
}
