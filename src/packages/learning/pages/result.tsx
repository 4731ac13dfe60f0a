import { View } from '@tarojs/components';
import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro';
import Card from '../../../components/Card';
import ErrorState from '../../../components/ErrorState';
import Loading from '../../../components/Loading';
import PageShell from '../../../components/PageShell';
import StatusTag from '../../../components/StatusTag';
import { ATTEMPT_TEXT, ATTEMPT_TONE, KIND_TEXT, useAttempt } from '../../../features/learning/api';
import QuestionOptions from '../../../features/learning/components/QuestionOptions';
import { formatDateTime } from '../../../lib/format';
import './learning.scss';

/** 考试成绩 (member): score and pass, as the server scored it; once the exam's window has closed, each question with the right options. */
export default function ExamResultPage() {
  const attempt = useAttempt(Number(useRouter().params.id));
  usePullDownRefresh(() => void attempt.reload().finally(() => Taro.stopPullDownRefresh()));
  if (!attempt.data) return <PageShell>{attempt.error ? <ErrorState error={attempt.error} onRetry={attempt.reload} /> : <Loading />}</PageShell>;
  const a = attempt.data;
  const review = new Map((a.review ?? []).map((r) => [r.questionId, r]));
  return (
    <PageShell>
      <View className='result'>
        <View className='result__title'>{a.examTitle}</View>
        {a.score === null ? (
          <View className='learning__body'>答卷尚未提交</View>
        ) : (
          <>
            <View className='result__score' ariaLabel={`得分 ${a.score} 分`}>
              {a.score}
              <View className='result__unit'>分</View>
            </View>
            <StatusTag tone={a.passed ? 'success' : 'danger'} label={a.passed ? '合格' : '不合格'} />
            <View className='learning__meta'>
              答对 {a.correctCount}/{a.questionCount} 题 · {a.passScore} 分合格
            </View>
          </>
        )}
        <View className='learning__meta'>
          <StatusTag tone={ATTEMPT_TONE[a.status]} label={ATTEMPT_TEXT[a.status]} /> {a.submittedAt ? `交卷时间 ${formatDateTime(a.submittedAt)}` : ''}
        </View>
      </View>
      {!a.review && <Card title='正确答案'><View className='learning__meta'>考试结束后可查看每题的正确答案</View></Card>}
      {a.review &&
        a.questions.map((q, i) => {
          const r = review.get(q.id);
          return (
            <Card key={q.id} title={`第 ${i + 1} 题 · ${KIND_TEXT[q.kind]}`} extra={<StatusTag tone={r?.right ? 'success' : 'danger'} label={r?.right ? '答对' : '答错'} />}>
              <View className='exam__stem'>{q.stem}</View>
              <QuestionOptions question={q} chosen={a.answers[q.id] ?? []} correct={r?.correct ?? []} />
            </Card>
          );
        })}
    </PageShell>
  );
}
