import { View } from '@tarojs/components';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import Empty from '../../../components/Empty';
import PagedList from '../../../components/PagedList';
import PageShell from '../../../components/PageShell';
import { formatDate } from '../../../lib/format';
import { openPage } from '../../../lib/routes';
import { useReloadOnReturn } from '../../../lib/use-reload-on-return';
import { useCurrentCommunity } from '../../../features/orgs/current-community';
import { LETTER_CATEGORY_TEXT, usePublicLetters } from '../../../features/letters/api';
import LetterPhotos from '../../../features/letters/components/LetterPhotos';
import LetterStatus from '../../../features/letters/components/LetterStatus';
import './letters.scss';

/** 公开来信: a community's public letters with their replies; overdue ones say so; the writer is never shown. */
export default function PublicLetters() {
  const community = useCurrentCommunity();
  const list = usePublicLetters(community?.id);
  useReloadOnReturn(list.reload);
  if (!community) return <PageShell><Empty title='请先选择社区' /></PageShell>;
  return (
    <PageShell>
      <View className='letters-head'>
        <View className='letters-head__title'>{community.name} · 公开来信</View>
        <View className='letters-head__note'>来信人的身份不公开，手机号、身份证号等个人信息已遮挡。社区应在10日内答复。</View>
        <ActionButton block onClick={() => openPage('writeLetter')}>我要写信</ActionButton>
      </View>
      <PagedList
        list={list}
        keyOf={(l) => l.id}
        emptyTitle='暂无公开来信'
        emptyDescription='您的意见和建议，可以写信告诉社区'
        renderItem={(l) => (
          <Card title={`${LETTER_CATEGORY_TEXT[l.category]}：${l.title}`}>
            <View className='letter__status'><LetterStatus letter={l} /></View>
            <View className='letter__content'>{l.content}</View>
            <LetterPhotos photos={l.photos} />
            <View className='letter__meta'>{formatDate(l.createdAt)} 来信 · {l.repliedAt ? `${formatDate(l.repliedAt)} 答复` : `应于 ${formatDate(l.dueAt)} 前答复`}</View>
            {l.reply && <View className='letter__reply'>社区答复：{l.reply}</View>}
          </Card>
        )}
      />
    </PageShell>
  );
}
