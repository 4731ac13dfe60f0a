import { View } from '@tarojs/components';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import PagedList from '../../../components/PagedList';
import PageShell from '../../../components/PageShell';
import { useDeskCourses } from '../../../features/learning/api';
import { formatDate } from '../../../lib/format';
import { openPage } from '../../../lib/routes';
import { useReloadOnReturn } from '../../../lib/use-reload-on-return';
import './learning.scss';

/** 课程管理 (admin): the courses published in my scope, and publishing a new one. */
export default function CourseDeskPage() {
  const list = useDeskCourses();
  useReloadOnReturn(list.reload);
  return (
    <PageShell>
      <View className='learning__submit'>
        <ActionButton block onClick={() => openPage('newCourse')}>
          发布课程
        </ActionButton>
      </View>
      <PagedList
        list={list}
        keyOf={(c) => c.id}
        emptyTitle='还没有发布课程'
        renderItem={(c) => (
          <View onClick={() => openPage('course', { id: c.id })}>
            <Card title={c.title}>
              <View className='learning__meta'>
                {c.organizationName} · {formatDate(c.createdAt)} · 学习积分 {c.points}
              </View>
            </Card>
          </View>
        )}
      />
    </PageShell>
  );
}
