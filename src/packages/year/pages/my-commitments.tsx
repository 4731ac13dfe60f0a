import { Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import PagedList from '../../../components/PagedList';
import PageShell from '../../../components/PageShell';
import { addFulfilment, publishCommitment, useMyCommitments } from '../../../features/year';
import { shanghaiYear } from '../../../lib/time';
import CommitmentCard from '../../../features/year/components/CommitmentCard';
import './year.scss';

/** 我的承诺: publish this year's 阳光承诺, and note what was done during the year. */
export default function MyCommitmentsPage() {
  const list = useMyCommitments();
  const year = shanghaiYear();
  const [content, setContent] = useState('');
  const [notes, setNotes] = useState<Record<number, string>>({});
  const [busy, setBusy] = useState(false);
  const hasThisYear = list.items.some((c) => c.year === year && c.kind === 'member');
  const run = async (work: () => Promise<unknown>, done: string) => {
    if (busy) return;
    setBusy(true);
    try {
      await work();
      void Taro.showToast({ title: done, icon: 'success' });
      await list.reload();
    } catch {
      // Shown by the api client.
    } finally {
      setBusy(false);
    }
  };
  return (
    <PageShell>
      {!list.loading && !hasThisYear && (
        <Card title={`发布 ${year} 年阳光承诺`}>
          <Textarea className='year-textarea' ariaLabel='承诺内容' value={content} maxlength={1000} placeholder='写下今年你承诺为群众做的事，公开后接受监督' onInput={(e) => setContent(e.detail.value)} />
          <ActionButton block disabled={busy || content.trim().length < 5} onClick={() => void run(async () => { await publishCommitment({ year, content: content.trim() }); setContent(''); }, '已公开')}>
            公开承诺
          </ActionButton>
        </Card>
      )}
      <PagedList
        list={list}
        keyOf={(c) => c.id}
        emptyTitle='还没有承诺'
        renderItem={(c) => (
          <CommitmentCard
            c={c}
            footer={
              c.year >= year && (
                <View className='year-commitment__add'>
                  <Textarea className='year-textarea' ariaLabel='践诺情况' value={notes[c.id] ?? ''} maxlength={500} placeholder='填写践诺情况' onInput={(e) => setNotes({ ...notes, [c.id]: e.detail.value })} />
                  <ActionButton variant='plain' block disabled={busy || (notes[c.id] ?? '').trim().length < 2} onClick={() => void run(async () => { await addFulfilment(c.id, notes[c.id].trim()); setNotes({ ...notes, [c.id]: '' }); }, '已记录')}>
                    添加践诺情况
                  </ActionButton>
                </View>
              )
            }
          />
        )}
      />
    </PageShell>
  );
}
