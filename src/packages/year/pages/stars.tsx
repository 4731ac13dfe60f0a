import { View } from '@tarojs/components';
import { usePullDownRefresh } from '@tarojs/taro';
import Card from '../../../components/Card';
import Empty from '../../../components/Empty';
import ErrorState from '../../../components/ErrorState';
import Loading from '../../../components/Loading';
import PageShell from '../../../components/PageShell';
import { REVIEW_LABELS, starText, useMyStars } from '../../../features/year';
import './year.scss';

/** 我的星级: each year's stars with the points and review behind them, and the rule. */
export default function MyStarsPage() {
  const stars = useMyStars();
  usePullDownRefresh(() => void stars.reload());
  if (!stars.data) return <PageShell>{stars.error ? <ErrorState error={stars.error} onRetry={stars.reload} /> : <Loading />}</PageShell>;
  if (stars.data.length === 0) return <PageShell><Empty title='还没有星级评定' description='每年民主评议后，党组织根据年度积分和评议结果评定星级' /></PageShell>;
  return (
    <PageShell>
      {stars.data.map((r) => (
        <Card key={r.year} title={`${r.year} 年度星级`}>
          <View className='year-stars' ariaLabel={`${r.stars} 星`}>{starText(r.stars)}</View>
          <View className='year-line'>年度积分：{r.points} 分</View>
          <View className='year-line'>民主评议：{r.review ? REVIEW_LABELS[r.review] : '未评议'}</View>
          <View className='year-reason'>评定依据：{r.reason}</View>
          <View className='year-rule'>评定规则：{r.rule}</View>
        </Card>
      ))}
    </PageShell>
  );
}
