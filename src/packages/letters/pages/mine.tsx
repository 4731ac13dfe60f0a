import Taro from '@tarojs/taro';
import { View } from '@tarojs/components';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import PagedList from '../../../components/PagedList';
import PageShell from '../../../components/PageShell';
import { formatDate } from '../../../lib/format';
import { openPage } from '../../../lib/routes';
import { useReloadOnReturn } from '../../../lib/use-reload-on-return';
import { LETTER_CATEGORY_TEXT, rateLetter, useMyLetters } from '../../../features/letters/api';
import LetterPhotos from '../../../features/letters/components/LetterPhotos';
import LetterStatus from '../../../features/letters/components/LetterStatus';
import './letters.scss';

/** My letters, newest first, as written: the reply when it comes, and one rating of it. */
export default function MyLetters() {
  const list = useMyLetters();
  useReloadOnReturn(list.reload);
  const rate = async (id: number, satisfied: boolean) => {
    const done = await rateLetter(id, satisfied).catch(() => null); // the client toasts why it failed
    if (!done) return;
    void Taro.showToast({ title: '感谢您的评价', icon: 'success' });
    void list.reload();
  };
  return (
    <PageShell>
      <View className='letters-head'>
        <ActionButton block onClick={() => openPage('writeLetter')}>写信</ActionButton>
      </View>
      <PagedList
        list={list}
        keyOf={(l) => l.id}
        emptyTitle='还没有来信'
        emptyDescription='写给社区的信和答复会显示在这里'
        renderItem={(l) => (
          <Card title={`${LETTER_CATEGORY_TEXT[l.category]}：${l.title}`}>
            <View className='letter__status'>{l.status === 'rejected' ? <View className='letter__meta'>未通过内容审核，未送达</View> : <LetterStatus letter={l} />}</View>
            <View className='letter__content'>{l.content}</View>
            <LetterPhotos photos={l.photos} />
            <View className='letter__meta'>{formatDate(l.createdAt)} · {l.public ? '公开' : '不公开'} · {l.reply ? `${formatDate(l.repliedAt!)} 答复` : `应于 ${formatDate(l.dueAt)} 前答复`}</View>
            {l.events.some((e) => e.kind === 'transferred') && <View className='letter__meta'>已转办：{l.events.filter((e) => e.kind === 'transferred').map((e) => e.note).join('；')}</View>}
            {l.reply && <View className='letter__reply'>社区答复：{l.reply}</View>}
            {l.reply && l.satisfied === null && (
              <View className='letter__actions'>
                <ActionButton ariaLabel='对答复满意' onClick={() => void rate(l.id, true)}>满意</ActionButton>
                <ActionButton variant='plain' ariaLabel='对答复不满意' onClick={() => void rate(l.id, false)}>不满意</ActionButton>
              </View>
            )}
            {l.satisfied !== null && <View className='letter__meta'>我的评价：{l.satisfied ? '满意' : '不满意'}</View>}
          </Card>
        )}
      />
    </PageShell>
  );
}
