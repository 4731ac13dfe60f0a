import { Input, View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import ErrorState from '../../../components/ErrorState';
import Loading from '../../../components/Loading';
import PageShell from '../../../components/PageShell';
import StatusTag from '../../../components/StatusTag';
import Empty from '../../../components/Empty';
import { closeRectification, taskText, taskTone, updateTask, useTaskList, type Task } from '../../../features/orglife/api';
import { download } from '../../../lib/download';
import { formatDate } from '../../../lib/format';
import './orglife.scss';

/** One list's tasks: owner, due date, overdue; an admin records progress or marks a task done, and the level above closes a rectification. */
export default function TaskListPage() {
  const list = useTaskList(Number(useRouter().params.id));
  const [notes, setNotes] = useState<Record<number, string>>({});
  usePullDownRefresh(() => void list.reload().finally(() => Taro.stopPullDownRefresh()));
  if (!list.data) return <PageShell>{list.error ? <ErrorState error={list.error} onRetry={list.reload} /> : <Loading />}</PageShell>;
  const l = list.data;
  const save = async (t: Task, status: Task['status']) => {
    await updateTask(t.id, { progress: (notes[t.id] ?? '').trim() || (status === 'done' ? '已完成' : '推进中'), status });
    void Taro.showToast({ title: status === 'done' ? '已完成' : '已记录', icon: 'success' });
    await list.reload();
  };
  const close = async () => {
    await closeRectification(l.id);
    void Taro.showToast({ title: '整顿已关闭', icon: 'success' });
    await list.reload();
  };
  return (
    <PageShell>
      <Card title={l.title} extra={l.closedAt ? <StatusTag tone='success' label='已关闭' /> : undefined}>
        <View className='orglife__meta'>{l.organizationName} · {l.year}年 · 完成 {l.doneCount}/{l.taskCount}，逾期 {l.overdueCount}</View>
        {l.agreement && (
          <View className='orglife__actions'>
            <ActionButton variant='plain' onClick={() => void download({ path: l.agreement!.url })}>查看目标责任书</ActionButton>
          </View>
        )}
        {l.kind === 'rectification' && !l.closedAt && (
          <View className='orglife__actions'>
            <ActionButton disabled={l.doneCount < l.taskCount || l.taskCount === 0} onClick={() => void close()}>整顿完成，关闭清单</ActionButton>
          </View>
        )}
      </Card>
      {l.tasks.length === 0 && <Empty title='清单还没有任务' />}
      {l.tasks.map((t) => (
        <Card key={t.id} title={t.title} extra={<StatusTag tone={taskTone(t)} label={taskText(t)} />}>
          <View className='orglife__meta'>责任人：{t.owner} · 完成时限：{formatDate(t.dueAt)}</View>
          {t.progress && <View className='orglife__text'>{t.progress}</View>}
          {t.status === 'open' && !l.closedAt && (
            <>
              <Input className='orglife-form__input' ariaLabel={`${t.title}进展`} placeholder='进展说明' value={notes[t.id] ?? ''} onInput={(e) => setNotes({ ...notes, [t.id]: e.detail.value })} />
              <View className='orglife__actions'>
                <ActionButton variant='plain' onClick={() => void save(t, 'open')}>记录进展</ActionButton>
                <ActionButton onClick={() => void save(t, 'done')}>标记完成</ActionButton>
              </View>
            </>
          )}
        </Card>
      ))}
    </PageShell>
  );
}
