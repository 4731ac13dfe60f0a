import { View } from '@tarojs/components';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import PagedList from '../../../components/PagedList';
import PageShell from '../../../components/PageShell';
import { useDeskExams } from '../../../features/learning/api';
import { formatDateTime } from '../../../lib/format';
import { openPage } from '../../../lib/routes';
import { useReloadOnReturn } from '../../../lib/use-reload-on-return';
import './learning.scss';

/** 考试管理 (admin): the exams set up in my scope or above it; one opens its results per organisation. */
export default function ExamDeskPage() {
  const list = useDeskExams();
  useReloadOnReturn(list.reload);
  return (
    <PageShell>
      <View className='learning__submit'>
        <ActionButton block onClick={() => openPage('newExam')}>
          新建考试
        </ActionButton>
      </View>
      <PagedList
        list={list}
        keyOf={(e) => e.id}
        emptyTitle='还没有考试'
        renderItem={(e) => (
          <View onClick={() => openPage('examResults', { id: e.id })}>
            <Card title={e.title}>
              <View className='learning__meta'>
                {e.organizationName} · {e.questionCount} 题（{e.selection === 'draw' ? '按标签随机抽题' : '固定试题'}）· 限时 {e.durationMinutes} 分钟 · {e.passScore} 分合格
                {e.maxAge ? ` · ${e.maxAge}周岁以下` : ''}
              </View>
              <View className='learning__meta'>
                {formatDateTime(e.opensAt)} 至 {formatDateTime(e.closesAt)} · 查看成绩 ›
              </View>
            </Card>
          </View>
        )}
      />
    </PageShell>
  );
}
