import { View } from '@tarojs/components';
import Card from '../../../components/Card';
import Cell from '../../../components/Cell';
import ErrorState from '../../../components/ErrorState';
import Loading from '../../../components/Loading';
import { openPage } from '../../../lib/routes';
import { useReloadOnReturn } from '../../../lib/use-reload-on-return';
import { ANSWER_TEXT, COMPLIANCE_TEXT, percent, useTransparencyCard, type AnswerState, type ComplianceStatus, type Figure, type TransparencyCard as CardData } from '../api';
import './TransparencyCard.scss';

const CATEGORY_SHORT = { party: '党务', affairs: '居务', finance: '财务' } as const;
const STATUSES: ComplianceStatus[] = ['on_time', 'late', 'missing', 'not_due'];
const STATES: AnswerState[] = ['on_time', 'late', 'overdue', 'open'];
const monthOf = (period: string) => `${Number(period.slice(5))}月`;
const majorText = (m: CardData['major']) =>
  m.count === 0 ? '近12个月没有重大事项公开' : m.averageDays === null ? '未注明事项发生日期' : `${m.dated} 件注明日期：平均 ${m.averageDays} 天公开，最长 ${m.slowestDays} 天`;

/**
 * 公开档案: a community's record of keeping its promises — each due month and quarter on time, late
 * or missing; questions and letters answered in time; satisfaction; the chain head. Every figure
 * opens the rows it counts.
 */
export default function TransparencyCard({ communityId, streetId }: { communityId: number; streetId: number }) {
  const { data: card, error, loading, reload } = useTransparencyCard(communityId);
  useReloadOnReturn(reload); // back from writing a letter or rating one, the figures have moved
  if (loading && !card) return <Card title='公开档案'><Loading /></Card>;
  if (error || !card) return <Card title='公开档案'><ErrorState error={error} onRetry={reload} /></Card>;
  const open = (figure: Figure, title: string) => openPage('transparencyRows', { communityId, figure, title });
  const figure = (area: 'disclosures' | 'questions' | 'letters', key: string, label: string, count: number, tone: string) => (
    <View key={key} className={`record-figure record-figure--${tone}`} ariaLabel={`${label} ${count}，查看明细`} onClick={() => open(`${area}.${key}` as Figure, label)}>
      <View className='record-figure__count'>{count}</View>
      <View className='record-figure__label'>{label}</View>
    </View>
  );
  const tone: Record<string, string> = { on_time: 'good', late: 'late', missing: 'bad', overdue: 'bad', not_due: 'quiet', open: 'quiet' };
  return (
    <Card title='公开档案' extra={<View className='record-link' onClick={() => openPage('transparencyRanking', { streetId })}>街道排名</View>}>
      <View className='record-summary'>
        按时公开率 {percent(card.record.disclosureOnTimeRate)} · 按时答复率 {percent(card.record.answeredOnTimeRate)} · 超期未答复 {card.record.overdue}
      </View>
      <View className='record-section'>三务公开（近12个月财务、近4个季度党务居务）</View>
      <View className='record-figures'>{STATUSES.map((s) => figure('disclosures', s, COMPLIANCE_TEXT[s], card.disclosures.counts[s].count, tone[s]))}</View>
      <View className='record-months'>
        {card.disclosures.months.map((m) => m.categories.map((c) => (
          <View key={`${m.period}-${c.category}`} className={`record-cell record-cell--${tone[c.status]}`} ariaLabel={`${m.period} 财务 ${COMPLIANCE_TEXT[c.status]}`}>
            <View>{monthOf(m.period)}</View>
            <View className='record-cell__status'>{COMPLIANCE_TEXT[c.status]}</View>
          </View>
        )))}
      </View>
      <View className='record-quarters'>
        {card.disclosures.quarters.map((q) => (
          <View key={q.period} className='record-quarter'>
            <View className='record-quarter__period'>{q.period.replace('-Q', '年第')}季度</View>
            <View className='record-quarter__cells'>
              {q.categories.map((c) => (
                <View key={c.subCategory} className={`record-cell record-cell--${tone[c.status]}`} ariaLabel={`${q.period} ${CATEGORY_SHORT[c.category]} ${c.subCategoryLabel} ${COMPLIANCE_TEXT[c.status]}`}>
                  {c.subCategoryLabel} {COMPLIANCE_TEXT[c.status]}
                </View>
              ))}
            </View>
          </View>
        ))}
      </View>
      <Cell title='重大事项随时公开' description={majorText(card.major)} value={`${card.major.count} 件`} onClick={() => open('major', '重大事项')} />
      <View className='record-section'>居民提问</View>
      <View className='record-figures'>{STATES.map((s) => figure('questions', s, ANSWER_TEXT[s], card.questions[s].count, tone[s]))}</View>
      <View className='record-section'>群众来信</View>
      <View className='record-figures'>{STATES.map((s) => figure('letters', s, ANSWER_TEXT[s], card.letters[s].count, tone[s]))}</View>
      <Cell title='来信满意度' description={`满意 ${card.satisfaction.satisfied} · 不满意 ${card.satisfaction.unsatisfied}`} value={percent(card.satisfaction.rate)} onClick={() => open('letters.rated', '来信评价')} />
      <View className='record-chain'>
        {card.chainHead ? `公开链第 ${card.chainHead.seq} 条 · ${card.chainHead.hash.slice(0, 16)}…` : '尚无公开记录'}
      </View>
    </Card>
  );
}
