import { Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import Empty from '../../../components/Empty';
import PagedList from '../../../components/PagedList';
import PageShell from '../../../components/PageShell';
import { formatDate } from '../../../lib/format';
import { LETTER_CATEGORY_TEXT, replyToLetter, useDeskLetters } from '../../../features/letters/api';

/** The admin's letters desk: unanswered letters in scope, overdue first, answered in place. */
export default function LettersDesk() {
  const list = useDeskLetters();
  const [drafts, setDrafts] = useState<Record<number, string>>({});
  if (!list.loading && !list.error && list.items.length === 0) return <PageShell><Empty title='没有待答复的来信' /></PageShell>;
  const send = async (id: number) => {
    await replyToLetter(id, drafts[id] ?? '');
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
            <View className='letter__meta'>{formatDate(l.createdAt)} · {l.overdue ? '已超期' : `应于 ${formatDate(l.dueAt)} 前答复`}</View>
            <Textarea value={drafts[l.id] ?? ''} placeholder='答复内容' onInput={(e) => setDrafts({ ...drafts, [l.id]: e.detail.value })} />
            <ActionButton onClick={() => void send(l.id)}>答复</ActionButton>
          </Card>
        )}
      />
    </PageShell>
  );
}
