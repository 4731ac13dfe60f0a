import Taro, { useDidShow } from '@tarojs/taro';
import { Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import Cell from '../../../components/Cell';
import PagedList from '../../../components/PagedList';
import PageShell from '../../../components/PageShell';
import StatusTag, { type Tone } from '../../../components/StatusTag';
import Tabs from '../../../components/Tabs';
import { useSession } from '../../../lib/auth';
import { formatDate } from '../../../lib/format';
import { openPage } from '../../../lib/routes';
import { useCommunitiesInScope } from '../../../features/orgs/api/list-communities-in-scope';
import {
  deleteDraft, publishDisclosure, replyToQuestion, useAdminDisclosures, useAdminQuestions, useCompliance, type QuestionState,
} from '../../../features/disclosures/api/admin';
import DisclosureCell from '../../../features/disclosures/components/DisclosureCell';
import { periodLabel } from '../../../features/disclosures/periods';
import { CATEGORY_LABELS, type AdminQuestion } from '../../../features/disclosures/types';
import './admin.scss';

const STATUS_LABELS = { on_time: '按时公开', late: '逾期公开', missing: '待公开', not_due: '未到期' } as const;
const STATUS_TONES: Record<keyof typeof STATUS_LABELS, Tone> = { on_time: 'success', late: 'warning', missing: 'danger', not_due: 'neutral' };
type Tab = 'drafts' | 'published' | 'questions' | 'compliance';
const TABS: { value: Tab; label: string }[] = [
  { value: 'drafts', label: '草稿' }, { value: 'published', label: '已公开' }, { value: 'questions', label: '居民提问' }, { value: 'compliance', label: '公开进度' },
];

const confirm = async (title: string, content: string) => (await Taro.showModal({ title, content, confirmColor: '#C8161D' })).confirm;

/** Drafts: edit, preview, and publish after a confirmation, because publishing cannot be undone. */
function Drafts() {
  const drafts = useAdminDisclosures('draft');
  // Back from the editor: the draft just saved must be in the list.
  useDidShow(() => void drafts.reload());
  const publish = async (id: number, title: string) => {
    if (!(await confirm('确认公开', `「${title}」公开后不可修改或删除，如有错误只能发布更正。确认公开？`))) return;
    await publishDisclosure(id);
    void Taro.showToast({ title: '已公开', icon: 'success' });
    void drafts.reload();
  };
  const remove = async (id: number, title: string) => {
    if (!(await confirm('删除草稿', `删除草稿「${title}」？`))) return;
    await deleteDraft(id);
    void drafts.reload();
  };
  return (
    <>
      <View className='desk-actions'>
        <ActionButton block onClick={() => openPage('disclosureEditor')}>新建公开</ActionButton>
      </View>
      <PagedList list={drafts} keyOf={(d) => d.id} emptyTitle='没有草稿' emptyDescription='新建一条公开，保存后在这里预览和公开' renderItem={(d) => (
        <Card flush>
          <DisclosureCell d={d} onClick={() => openPage('disclosureEditor', { id: d.id })} />
          <View className='row-actions row-actions--card'>
            <ActionButton variant='plain' onClick={() => void remove(d.id, d.title).catch(() => undefined)}>删除</ActionButton>
            <ActionButton variant='plain' onClick={() => openPage('disclosure', { id: d.id })}>预览</ActionButton>
            <ActionButton onClick={() => void publish(d.id, d.title).catch(() => undefined)}>公开</ActionButton>
          </View>
        </Card>
      )} />
    </>
  );
}

/** Published: read as residents do, or start a correction (a new revision with a reason). */
function Published() {
  const published = useAdminDisclosures('published');
  return (
    <PagedList list={published} keyOf={(d) => d.id} emptyTitle='还没有公开' renderItem={(d) => (
      <Card flush>
        <DisclosureCell d={d} onClick={() => openPage('disclosure', { id: d.id })} />
        {!d.supersededById && (
          <View className='row-actions row-actions--card'>
            <ActionButton variant='plain' onClick={() => openPage('disclosureEditor', { reviseId: d.id })}>发布更正</ActionButton>
          </View>
        )}
      </Card>
    )} />
  );
}

function QuestionCard({ q, onReplied }: { q: AdminQuestion; onReplied: () => void }) {
  const [open, setOpen] = useState(false);
  const [reply, setReply] = useState('');
  const [sending, setSending] = useState(false);
  const send = async () => {
    setSending(true);
    try {
      await replyToQuestion(q.id, reply.trim());
      void Taro.showToast({ title: '已答复', icon: 'success' });
      onReplied();
    } catch {
      // The API client has shown why; the text stays for another try.
    } finally {
      setSending(false);
    }
  };
  return (
    <Card>
      <View className='desk-question'>
        <View className='desk-question__about' onClick={() => openPage('disclosure', { id: q.disclosureId })}>
          关于「{q.disclosureTitle ?? ''}」
        </View>
        <View className='desk-question__content'>问：{q.content}</View>
        <View className={q.overdue ? 'desk-question__meta desk-question__meta--overdue' : 'desk-question__meta'}>
          {formatDate(q.createdAt)} 提问 · {q.reply ? '已答复' : q.overdue ? `已超期（应于 ${formatDate(q.dueAt)} 前答复）` : `请于 ${formatDate(q.dueAt)} 前答复`}
        </View>
        {q.reply && <View className='desk-question__reply'>答：{q.reply}</View>}
        {!q.reply && !open && (
          <View className='row-actions'>
            <ActionButton onClick={() => setOpen(true)}>答复</ActionButton>
          </View>
        )}
        {!q.reply && open && (
          <View className='desk-question__form'>
            <Textarea className='desk-question__input' value={reply} maxlength={1000} placeholder='答复内容将公开显示在这条公开下' onInput={(e) => setReply(e.detail.value)} />
            <View className='row-actions'>
              <ActionButton variant='plain' onClick={() => setOpen(false)}>取消</ActionButton>
              <ActionButton disabled={!reply.trim() || sending} onClick={() => void send()}>提交答复</ActionButton>
            </View>
          </View>
        )}
      </View>
    </Card>
  );
}

/** Questions: a resident must be answered within 10 days (overdue ones are marked, here and publicly). */
function Questions() {
  const [state, setState] = useState<QuestionState>('unanswered');
  const questions = useAdminQuestions(state);
  return (
    <>
      <View className='desk-filter'>
        {(['unanswered', 'overdue', 'answered'] as QuestionState[]).map((s) => (
          <View key={s} className={s === state ? 'desk-filter__chip desk-filter__chip--active' : 'desk-filter__chip'} onClick={() => setState(s)}>
            {{ unanswered: '待答复', overdue: '已超期', answered: '已答复' }[s]}
          </View>
        ))}
      </View>
      <PagedList list={questions} keyOf={(q) => q.id} emptyTitle={state === 'answered' ? '还没有答复' : '没有待答复的提问'}
        renderItem={(q) => <QuestionCard q={q} onReplied={() => void questions.reload()} />} />
    </>
  );
}

/** What is due: for the admin's own communities, whether each category is published for the period. */
function Compliance({ communityIds, streetId }: { communityIds: Set<number>; streetId?: number }) {
  const compliance = useCompliance(streetId);
  // The server answers a whole street; the admin sees their own communities of it.
  const items = compliance.items.filter((r) => communityIds.has(r.communityId));
  const mine = { ...compliance, items, total: compliance.hasMore ? compliance.total : items.length };
  return (
    <PagedList list={mine} keyOf={(r) => r.communityId} emptyTitle='没有需要公开的社区' renderItem={(r) => (
      <Card title={r.communityName} flush>
        {r.categories.map((c) => (
          <Cell key={c.category} title={`${CATEGORY_LABELS[c.category]} · ${periodLabel(c.period)}`} description={`截止 ${formatDate(c.dueAt)}`}
            value={<StatusTag tone={STATUS_TONES[c.status]} label={STATUS_LABELS[c.status]} />} />
        ))}
      </Card>
    )} />
  );
}

/** The admin's desk for 三务公开: drafts to publish, publications to correct, questions to answer, what is due. */
export default function DisclosureAdmin() {
  const [tab, setTab] = useState<Tab>('drafts');
  const scope = useCommunitiesInScope(useSession()?.user.id);
  const communities = scope.data ?? [];
  const streets = new Set(communities.map((c) => c.streetId));
  return (
    <PageShell>
      <View className='desk'>
      {communities.length > 0 && (
        <View className='desk-scope'>管理范围：{communities.length === 1 ? communities[0].name : `${communities[0].streetName}等 ${communities.length} 个社区`}</View>
      )}
      <Tabs tabs={TABS} value={tab} onChange={setTab} />
      {tab === 'drafts' && <Drafts />}
      {tab === 'published' && <Published />}
      {tab === 'questions' && <Questions />}
      {tab === 'compliance' && scope.data && <Compliance communityIds={new Set(communities.map((c) => c.id))} streetId={streets.size === 1 ? [...streets][0] : undefined} />}
      </View>
    </PageShell>
  );
}
