import { View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useEffect, useRef, useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import ErrorState from '../../../components/ErrorState';
import Loading from '../../../components/Loading';
import PageShell from '../../../components/PageShell';
import StatusTag from '../../../components/StatusTag';
import { KIND_TEXT, submitAttempt, useAttempt, type Attempt } from '../../../features/learning/api';
import QuestionOptions from '../../../features/learning/components/QuestionOptions';
import { formatRemaining, SAVE_TEXT, useExamSession, type SaveState } from '../../../features/learning/use-exam-session';
import { replacePage } from '../../../lib/routes';
import type { Tone } from '../../../components/StatusTag';
import './learning.scss';

const SAVE_TONE: Record<SaveState, Tone> = { saved: 'success', saving: 'info', unsaved: 'neutral', failed: 'danger', closed: 'neutral' };

/**
 * 上机考试 (member): one question at a time with the navigator grid, the time left by the server's
 * deadline, and every answer saved as it is chosen. Opened again (the page closed, the phone
 * restarted) it continues the same attempt with its answers and clock. Time up: it hands in itself.
 */
export default function ExamPage() {
  const id = Number(useRouter().params.id);
  const attempt = useAttempt(id);
  if (!attempt.data) return <PageShell>{attempt.error ? <ErrorState error={attempt.error} onRetry={attempt.reload} /> : <Loading />}</PageShell>;
  return <ExamPaper attempt={attempt.data} />;
}

function ExamPaper({ attempt }: { attempt: Attempt }) {
  const { answers, choose, saveState, remainingMs, flush } = useExamSession(attempt);
  const [index, setIndex] = useState(0);
  const [submitting, setSubmitting] = useState(false);
  const handedIn = useRef(false);
  const finished = attempt.status !== 'in_progress';
  const q = attempt.questions[index];
  const answered = attempt.questions.filter((x) => answers[x.id]?.length).length;

  const handIn = async () => {
    if (handedIn.current) return;
    handedIn.current = true;
    setSubmitting(true);
    try {
      await flush();
      await submitAttempt(attempt.id, answers);
    } catch {
      // Already handed in, or past the grace: the result page shows what the server scored.
    }
    replacePage('examResult', { id: attempt.id });
  };
  const confirmHandIn = async () => {
    const left = attempt.questions.length - answered;
    const { confirm } = await Taro.showModal({
      title: '确认交卷',
      content: `${left ? `还有 ${left} 题未作答。` : '已全部作答。'}交卷后不能修改，确定交卷吗？`,
      confirmText: '交卷',
      cancelText: '继续答题',
      confirmColor: '#C8161D',
    });
    if (confirm) await handIn();
  };
  // The server's deadline has come: hand in what is there (the server takes it within its grace).
  useEffect(() => {
    if (!finished && remainingMs === 0) void handIn();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [remainingMs === 0]);

  if (finished)
    return (
      <PageShell>
        <View className='exam__closed'>
          <View className='learning__body'>这份答卷已提交。</View>
          <ActionButton onClick={() => replacePage('examResult', { id: attempt.id })}>查看成绩</ActionButton>
        </View>
      </PageShell>
    );
  const urgent = remainingMs < 5 * 60_000;
  return (
    <PageShell>
      <View className='exam__bar'>
        <View className={urgent ? 'exam__timer exam__timer--urgent' : 'exam__timer'} ariaLabel={`剩余时间 ${formatRemaining(remainingMs)}`}>
          剩余 {formatRemaining(remainingMs)}
        </View>
        <View className='exam__progress'>
          已答 {answered}/{attempt.questions.length}
        </View>
        <StatusTag tone={SAVE_TONE[saveState]} label={SAVE_TEXT[saveState]} />
      </View>
      <View className='exam__question'>
        <View className='exam__number'>
          第 {index + 1}/{attempt.questions.length} 题 · {KIND_TEXT[q.kind]}
        </View>
        <View className='exam__stem'>{q.stem}</View>
        <QuestionOptions question={q} chosen={answers[q.id] ?? []} onChange={(choice) => choose(q.id, choice)} />
      </View>
      <View className='exam__nav'>
        <ActionButton variant='plain' disabled={index === 0} onClick={() => setIndex(index - 1)}>
          上一题
        </ActionButton>
        <ActionButton variant='plain' disabled={index === attempt.questions.length - 1} onClick={() => setIndex(index + 1)}>
          下一题
        </ActionButton>
      </View>
      <View className='exam__grid-title'>答题卡</View>
      <View className='exam__grid'>
        {attempt.questions.map((x, i) => {
          const done = !!answers[x.id]?.length;
          const cls = ['exam__cell', done && 'exam__cell--done', i === index && 'exam__cell--current'].filter(Boolean).join(' ');
          return (
            <View key={x.id} className={cls} ariaLabel={`第${i + 1}题，${done ? '已答' : '未答'}`} onClick={() => setIndex(i)}>
              {i + 1}
            </View>
          );
        })}
      </View>
      <View className='learning__submit'>
        <ActionButton block loading={submitting} onClick={() => void confirmHandIn()}>
          交卷
        </ActionButton>
      </View>
    </PageShell>
  );
}
