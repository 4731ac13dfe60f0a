import { View } from '@tarojs/components';
import Card from '../../../components/Card';
import Cell from '../../../components/Cell';
import PagedList from '../../../components/PagedList';
import PageShell from '../../../components/PageShell';
import StatusTag from '../../../components/StatusTag';
import { useCourses } from '../../../features/learning/api';
import { formatDate } from '../../../lib/format';
import { openPage } from '../../../lib/routes';
import { useReloadOnReturn } from '../../../lib/use-reload-on-return';
import './learning.scss';

/** 流动党校 (member), the area's entry from 党员中心: my exams, then the courses of my organisation and those above it, each with whether I have studied it. */
export default function CoursesPage() {
  const list = useCourses();
  // Back from a course just marked studied.
  useReloadOnReturn(list.reload);
  return (
    <PageShell>
      <Card flush>
        <Cell title='我的考试' description='上机考试：参加、继续答题和查看成绩' onClick={() => openPage('myExams')} />
      </Card>
      <PagedList
        list={list}
        keyOf={(c) => c.id}
        emptyTitle='暂无课程'
        emptyDescription='党组织发布学习课程后，会显示在这里'
        renderItem={(c) => (
          <View onClick={() => openPage('course', { id: c.id })}>
            <Card title={c.title} extra={<StatusTag tone={c.studiedAt ? 'success' : 'warning'} label={c.studiedAt ? '已学' : '未学'} />}>
              <View className='learning__meta'>
                {c.organizationName} · {formatDate(c.createdAt)} · 学习积分 {c.points}
              </View>
              {c.studiedAt && <View className='learning__meta'>{formatDate(c.studiedAt)} 已学习</View>}
            </Card>
          </View>
        )}
      />
    </PageShell>
  );
}
