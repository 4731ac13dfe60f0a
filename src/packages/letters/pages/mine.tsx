import { View } from '@tarojs/components';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import Empty from '../../../components/Empty';
import PagedList from '../../../components/PagedList';
import PageShell from '../../../components/PageShell';
import { formatDate } from '../../../lib/format';
import { LETTER_CATEGORY_TEXT, rateLetter, useMyLetters } from '../../../features/letters/api';

/** My letters, newest first: the reply when it comes, and one rating of it. */
export default function MyLetters() {
  const list = useMyLetters();
  if (!list.loading && !list.error && list.items.length === 0) return <PageShell><Empty title='还没有来信' description='写给社区的信和答复会显示在这里' /></PageShell>;
  const rate = async (id: number, satisfied: boolean) => {
    await rateLetter(id, satisfied);
    list.reload();
  };
  return (
    <PageShell>
      <PagedList
        list={list}
        keyOf={(l) => l.id}
        renderItem={(l) => (
          <Card title={`${LETTER_CATEGORY_TEXT[l.category]}：${l.title}`}>
            <View className='letter__content'>{l.content}</View>
            <View className='letter__meta'>{formatDate(l.createdAt)} · {l.reply ? '已答复' : l.overdue ? '已超期' : `应于 ${formatDate(l.dueAt)} 前答复`}</View>
            {l.reply && <View className='letter__reply'>答复：{l.reply}</View>}
            {l.reply && l.satisfied === null && (
              <View className='letter__rate'>
                <ActionButton onClick={() => void rate(l.id, true)}>满意</ActionButton>
                <ActionButton onClick={() => void rate(l.id, false)}>不满意</ActionButton>
              </View>
            )}
            {l.satisfied !== null && <View className='letter__meta'>我的评价：{l.satisfied ? '满意' : '不满意'}</View>}
          </Card>
        )}
      />
    </PageShell>
  );
}
