import Taro from '@tarojs/taro';
import { Picker, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import PagedList from '../../../components/PagedList';
import PageShell from '../../../components/PageShell';
import { formatDate } from '../../../lib/format';
import { useFetch } from '../../../lib/use-fetch';
import { listCommunities } from '../../../features/orgs/api/list-communities';
import { LETTER_CATEGORY_TEXT, replyToLetter, transferLetter, useDeskLetters, type Letter } from '../../../features/letters/api';
import LetterPhotos from '../../../features/letters/components/LetterPhotos';
import LetterStatus from '../../../features/letters/components/LetterStatus';
import './letters.scss';

/** The admin's letters desk: unanswered letters in scope, overdue first; answered, or passed on, in place. */
export default function LettersDesk() {
  const list = useDeskLetters();
  const communities = useFetch(() => listCommunities({ page: 1, pageSize: 100 }), []).data?.items ?? [];
  const [drafts, setDrafts] = useState<Record<number, string>>({});
  const [transferring, setTransferring] = useState<{ id: number; target: number; reason: string } | null>(null);
  const done = (title: string) => {
    void Taro.showToast({ title, icon: 'success' });
    void list.reload();
  };
  const reply = async (l: Letter) => {
    if (await replyToLetter(l.id, (drafts[l.id] ?? '').trim()).catch(() => null)) done('已答复');
  };
  // Target 0 is the street above; then the communities, not the one the letter is with.
  const targets = (l: Letter) => communities.filter((c) => c.id !== l.communityId);
  const transfer = async (l: Letter) => {
    const t = transferring!;
    const body = t.target === 0 ? { toStreet: true as const, reason: t.reason.trim() } : { communityId: targets(l)[t.target - 1].id, reason: t.reason.trim() };
    if (await transferLetter(l.id, body).catch(() => null)) {
      setTransferring(null);
      done('已转办');
    }
  };
  return (
    <PageShell>
      <PagedList
        list={list}
        keyOf={(l) => l.id}
        emptyTitle='没有待答复的来信'
        renderItem={(l) => (
          <Card title={`${LETTER_CATEGORY_TEXT[l.category]}：${l.title}`}>
            <View className='letter__status'><LetterStatus letter={l} /></View>
            <View className='letter__content'>{l.content}</View>
            <LetterPhotos photos={l.photos} />
            <View className='letter__meta'>{formatDate(l.createdAt)} · {l.public ? '公开' : '不公开'} · {l.overdue ? '已超期' : `应于 ${formatDate(l.dueAt)} 前答复`}</View>
            {l.events.filter((e) => e.kind === 'transferred').map((e) => <View key={e.at} className='letter__meta'>{formatDate(e.at)} 转办：{e.note}</View>)}
            {transferring?.id === l.id ? (
              <>
                <Picker mode='selector' range={['上报街道', ...targets(l).map((c) => c.name)]} value={transferring.target} onChange={(e) => setTransferring({ ...transferring, target: Number(e.detail.value) })}>
                  <View className='letter__picker' ariaLabel='转办给'>转给：{transferring.target === 0 ? '上报街道' : targets(l)[transferring.target - 1]?.name}</View>
                </Picker>
                <Textarea className='letter__textarea' value={transferring.reason} maxlength={200} placeholder='转办原因，如：属于邻近社区管辖' ariaLabel='转办原因' onInput={(e) => setTransferring({ ...transferring, reason: e.detail.value })} />
                <View className='letter__actions'>
                  <ActionButton disabled={!transferring.reason.trim()} onClick={() => void transfer(l)}>确认转办</ActionButton>
                  <ActionButton variant='plain' onClick={() => setTransferring(null)}>取消</ActionButton>
                </View>
              </>
            ) : (
              <>
                <Textarea className='letter__textarea' value={drafts[l.id] ?? ''} maxlength={2000} placeholder='答复内容' ariaLabel='答复内容' onInput={(e) => setDrafts({ ...drafts, [l.id]: e.detail.value })} />
                <View className='letter__actions'>
                  <ActionButton disabled={!(drafts[l.id] ?? '').trim()} onClick={() => void reply(l)}>答复</ActionButton>
                  <ActionButton variant='plain' onClick={() => setTransferring({ id: l.id, target: 0, reason: '' })}>转办</ActionButton>
                </View>
              </>
            )}
          </Card>
        )}
      />
    </PageShell>
  );
}
