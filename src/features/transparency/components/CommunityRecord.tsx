import { View } from '@tarojs/components';
import StatusTag from '../../../components/StatusTag';
import { openPage } from '../../../lib/routes';
import { percent, useTransparencyCard } from '../api';
import './CommunityRecord.scss';

/**
 * A community's record in one glance (首页): whether everything due was disclosed on time, the
 * on-time rate, and how many residents' questions wait for an answer — each opening its rows.
 */
export default function CommunityRecord({ communityId }: { communityId: number }) {
  const { data: card, error } = useTransparencyCard(communityId);
  if (error) return <View className='community-record community-record--quiet'>公开档案暂时无法加载</View>;
  if (!card) return <View className='community-record community-record--quiet'>正在读取公开档案…</View>;
  const { late, missing } = card.disclosures.counts;
  const behind = late.count + missing.count;
  const unanswered = card.questions.open.count + card.questions.overdue.count;
  const rows = (figure: string, title: string) => openPage('transparencyRows', { communityId, figure, title });
  return (
    <View className='community-record'>
      <View
        className='community-record__line'
        role='button'
        ariaLabel={behind ? `有 ${behind} 期未按时公开，查看明细` : '到期的公开都已按时公开'}
        onClick={() => (behind ? rows(missing.count ? 'disclosures.missing' : 'disclosures.late', missing.count ? '待公开' : '逾期公开') : rows('disclosures.on_time', '按时公开'))}
      >
        <StatusTag tone={behind ? 'danger' : 'success'} label={behind ? '未按时公开' : '按时公开'} />
        <View className='community-record__text'>
          {behind ? `逾期 ${late.count} 期 · 待公开 ${missing.count} 期` : '到期的公开都已按时公开'} · 按时公开率 {percent(card.record.disclosureOnTimeRate)}
        </View>
      </View>
      <View className='community-record__line' role='button' ariaLabel={`待答复提问 ${unanswered} 条，查看`} onClick={() => (card.questions.overdue.count ? rows('questions.overdue', '超期未答复提问') : rows('questions.open', '待答复提问'))}>
        <View className={unanswered ? 'community-record__count community-record__count--open' : 'community-record__count'}>{unanswered}</View>
        <View className='community-record__text'>条居民提问待答复{card.questions.overdue.count ? `（其中 ${card.questions.overdue.count} 条已超期）` : ''}</View>
      </View>
    </View>
  );
}
