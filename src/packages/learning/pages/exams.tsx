import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import PagedList from '../../../components/PagedList';
import PageShell from '../../../components/PageShell';
import StatusTag from '../../../components/StatusTag';
import { STAGE_TEXT, STAGE_TONE, startAttempt, stageOf, useMyExams, type MyExam } from '../../../features/learning/api';
import { formatDateTime } from '../../../lib/format';
import { openPage } from '../../../lib/routes';
import { useReloadOnReturn } from '../../../lib/use-reload-on-return';
import './learning.scss';

/** Starting is a commitment: the clock runs from here, whether the page stays open or not. */
async function start(e: MyExam) {
  const { confirm } = await Taro.showModal({
    title: '开始考试',
    content: `共 ${e.questionCount} 题，限时 ${e.durationMinutes} 分钟，${e.passScore} 分合格。开始后计时不会暂停，中途退出可继续作答。`,
    confirmText: '开始答题',
    confirmColor: '#C8161D',
  });
  if (!confirm) return;
  try {
    const attempt = await startAttempt(e.id);
    openPage('exam', { id: attempt.id });
  } catch {
    // Shown by the client's toast.
  }
}

/** 我的考试 (member): the exams I must sit, open or finished: start, continue the same attempt, or see my score. */
export default function MyExamsPage() {
  const list = useMyExams();
  useReloadOnReturn(list.reload);
  const now = new Date();
  return (
    <PageShell>
      <PagedList
        list={list}
        keyOf={(e) => e.id}
        emptyTitle='暂无考试'
        emptyDescription='党组织安排的上机考试会显示在这里'
        renderItem={(e) => {
          const stage = stageOf(e, now);
          return (
            <Card title={e.title} extra={<StatusTag tone={STAGE_TONE[stage]} label={STAGE_TEXT[stage]} />}>
              <View className='learning__meta'>
                {e.organizationName} · {e.questionCount} 题 · 限时 {e.durationMinutes} 分钟 · {e.passScore} 分合格
              </View>
              <View className='learning__meta'>
                考试时间：{formatDateTime(e.opensAt)} 至 {formatDateTime(e.closesAt)}
              </View>
              {e.attempt?.score != null && (
                <View className='learning__score-line'>
                  得分 {e.attempt.score}，{e.attempt.passed ? '合格' : '不合格'}
                </View>
              )}
              <View className='learning__actions'>
                {stage === 'open' && <ActionButton onClick={() => void start(e)}>{e.attempt ? '补考' : '开始考试'}</ActionButton>}
                {stage === 'in_progress' && <ActionButton onClick={() => openPage('exam', { id: e.attempt!.id })}>继续答题</ActionButton>}
                {e.attempt && stage !== 'in_progress' && (
                  <ActionButton variant='plain' onClick={() => openPage('examResult', { id: e.attempt!.id })}>
                    查看成绩
                  </ActionButton>
                )}
              </View>
            </Card>
          );
        }}
      />
    </PageShell>
  );
}
