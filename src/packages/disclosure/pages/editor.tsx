import Taro, { useRouter } from '@tarojs/taro';
import { Input, Picker, Switch, Textarea, View } from '@tarojs/components';
import { useEffect, useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import Cell from '../../../components/Cell';
import ErrorState from '../../../components/ErrorState';
import Loading from '../../../components/Loading';
import PageShell from '../../../components/PageShell';
import { ApiError } from '../../../lib/api-client';
import { useSession } from '../../../lib/auth';
import { replacePage } from '../../../lib/routes';
import { formatYuan } from '../../../lib/format';
import { toastError } from '../../../lib/toast';
import { chooseImages, choosePdfs, uploadFile, type ChosenFile } from '../../../lib/upload';
import { useFetch } from '../../../lib/use-fetch';
import { useCommunitiesInScope } from '../../../features/orgs/api/list-communities-in-scope';
import { useCurrentCommunity } from '../../../features/orgs/current-community';
import { createDraft, createRevision, updateDraft, type DraftInput } from '../../../features/disclosures/api/admin';
import { useCatalogue } from '../../../features/disclosures/api/get-catalogue';
import { getDisclosure } from '../../../features/disclosures/api/get-disclosure';
import { yuanToFen, fenToYuan } from '../../../features/disclosures/money';
import { CATEGORY_LABELS, type Attachment, type Category, type FinanceItem } from '../../../features/disclosures/types';
import './editor.scss';

const CATEGORIES: Category[] = ['party', 'affairs', 'finance'];
const DEFAULT_SUB: Record<Category, string> = { party: 'annual_goals', affairs: 'decisions', finance: 'income_expense' };

interface Row {
  subject: string;
  direction: FinanceItem['direction'];
  yuan: string;
}

/** A draft as it is edited: amounts as typed yuan, attachments with their names. */
interface Form extends Omit<DraftInput, 'items' | 'attachmentIds'> {
  rows: Row[];
  attachments: Attachment[];
}

const EMPTY: Form = { communityId: 0, category: 'finance', subCategory: DEFAULT_SUB.finance, title: '', period: '', body: '', rows: [], attachments: [], major: false, matterDate: null };

/** The server names the field that failed (DESIGN.md: details); its own words are clearer than a generic message. */
function saveFailed(error: unknown) {
  const detail = error instanceof ApiError && Array.isArray(error.details) ? (error.details[0] as { message?: string } | undefined)?.message : undefined;
  if (detail) void Taro.showToast({ title: detail, icon: 'none', duration: 3000 });
  else toastError(error);
}

/**
 * New draft, edit a draft (?id=), or correct a published one (?reviseId=). The community comes from
 * the admin's own scopes (a street admin picks among the street's communities), not from the
 * community the device shows to residents. Amounts are typed in yuan and sent as integer fen.
 */
export default function DisclosureEditor() {
  const { id, reviseId } = useRouter().params;
  const editing = id ?? reviseId;
  const resident = useCurrentCommunity();
  const catalogue = useCatalogue().data?.categories;
  const communities = useCommunitiesInScope(useSession()?.user.id);
  const source = useFetch(() => getDisclosure(Number(editing)), [editing], !!editing);
  const [form, setForm] = useState<Form>(EMPTY);
  const [reason, setReason] = useState('');
  const [uploading, setUploading] = useState(false);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    const d = source.data;
    if (!d) return;
    setForm({
      communityId: d.communityId, category: d.category, subCategory: d.subCategory, title: d.title, period: d.period, body: d.body, major: d.major, matterDate: d.matterDate,
      rows: d.items.map((i) => ({ subject: i.subject, direction: i.direction, yuan: fenToYuan(i.amountFen) })), attachments: d.attachments,
    });
  }, [source.data]);

  // A new draft starts in the community the admin is looking at when it is theirs, else their first one.
  useEffect(() => {
    const list = communities.data;
    if (editing || !list?.length || form.communityId) return;
    const preferred = list.find((c) => c.id === resident?.id) ?? list[0];
    setForm((f) => ({ ...f, communityId: preferred.id }));
    // Once, when the list arrives: the admin's later choice must stay.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [communities.data]);

  if (communities.error || source.error) {
    return <PageShell><ErrorState error={communities.error ?? source.error} onRetry={() => void (source.error ? source.reload() : communities.reload())} /></PageShell>;
  }
  if (!communities.data || (editing && !source.data)) return <PageShell><Loading /></PageShell>;
  if (!communities.data.length) return <PageShell><ErrorState error={new ApiError(403, 'FORBIDDEN', '你没有可管理的社区')} onRetry={() => void communities.reload()} /></PageShell>;

  const community = communities.data.find((c) => c.id === form.communityId);
  const subCategories = catalogue ? Object.entries(catalogue[form.category].subCategories) : [];
  const setRow = (n: number, patch: Partial<Row>) => setForm({ ...form, rows: form.rows.map((r, i) => (i === n ? { ...r, ...patch } : r)) });
  const sum = (direction: Row['direction']) => form.rows.filter((r) => r.direction === direction).reduce((s, r) => s + (yuanToFen(r.yuan) ?? 0), 0);

  const attach = async (choose: () => Promise<ChosenFile[]>) => {
    let files: ChosenFile[];
    try {
      files = await choose();
    } catch {
      return; // The user closed the picker.
    }
    setUploading(true);
    try {
      const uploaded: Attachment[] = [];
      for (const f of files) uploaded.push(await uploadFile(f.path, f.name));
      // The same bytes answer the same stored file: attach it once.
      setForm((cur) => ({ ...cur, attachments: [...cur.attachments, ...uploaded.filter((u) => !cur.attachments.some((a) => a.id === u.id))] }));
    } catch (error) {
      toastError(error);
    } finally {
      setUploading(false);
    }
  };

  const save = async () => {
    const items = form.rows.map((r) => ({ subject: r.subject.trim(), direction: r.direction, amountFen: yuanToFen(r.yuan) }));
    if (items.some((i) => !i.subject)) return void Taro.showToast({ title: '请填写每一行的科目', icon: 'none' });
    if (items.some((i) => i.amountFen === null)) return void Taro.showToast({ title: '金额格式不正确（元，最多两位小数）', icon: 'none' });
    const input: DraftInput = {
      communityId: form.communityId, category: form.category, subCategory: form.subCategory, title: form.title.trim(), period: form.period.trim(), body: form.body.trim(),
      items: form.category === 'finance' ? (items as FinanceItem[]) : [], attachmentIds: form.attachments.map((a) => a.id),
      major: !!form.major, matterDate: form.major ? (form.matterDate ?? null) : null,
    };
    setSaving(true);
    try {
      const { communityId: _c, category: _k, ...content } = input;
      const saved = reviseId ? await createRevision(Number(reviseId), { reason: reason.trim(), ...content }) : id ? await updateDraft(Number(id), input) : await createDraft(input);
      void Taro.showToast({ title: '草稿已保存', icon: 'success' });
      // Back to the desk, where the draft waits to be previewed and published.
      if (Taro.getCurrentPages().length > 1) void Taro.navigateBack();
      else replacePage('disclosureDesk', { saved: saved.id });
    } catch (error) {
      saveFailed(error);
    } finally {
      setSaving(false);
    }
  };

  const periodHint = form.category === 'finance' ? '按月，如 2025-03' : '按季度或月，如 2025-Q1';
  const ready = form.communityId > 0 && form.title.trim() && form.period.trim() && (!reviseId || reason.trim());

  return (
    <PageShell>
      <Card title={reviseId ? '发布更正' : id ? '编辑草稿' : '新建公开'} flush>
        {editing || communities.data.length === 1 ? (
          <Cell title='社区' value={community?.name ?? `社区 #${form.communityId}`} />
        ) : (
          <Picker mode='selector' range={communities.data.map((c) => c.name)} value={Math.max(0, communities.data.findIndex((c) => c.id === form.communityId))}
            onChange={(e) => setForm({ ...form, communityId: communities.data![Number(e.detail.value)].id })}>
            <Cell title='社区' value={community?.name ?? '请选择'} arrow />
          </Picker>
        )}
        {editing ? (
          <Cell title='类别' value={CATEGORY_LABELS[form.category]} />
        ) : (
          <Picker mode='selector' range={CATEGORIES.map((c) => CATEGORY_LABELS[c])} value={CATEGORIES.indexOf(form.category)} onChange={(e) => {
            const category = CATEGORIES[Number(e.detail.value)];
            setForm({ ...form, category, subCategory: DEFAULT_SUB[category], rows: category === 'finance' ? form.rows : [] });
          }}>
            <Cell title='类别' value={CATEGORY_LABELS[form.category]} arrow />
          </Picker>
        )}
        <Picker mode='selector' range={subCategories.map(([, label]) => label)} value={Math.max(0, subCategories.findIndex(([code]) => code === form.subCategory))}
          onChange={(e) => setForm({ ...form, subCategory: subCategories[Number(e.detail.value)][0] })}>
          <Cell title='公开事项' value={(form.subCategory && catalogue?.[form.category].subCategories[form.subCategory]) || '请选择'} arrow />
        </Picker>
        <Cell title='重大事项' description='重大事项随时公开，在公开档案中单独统计'
          value={<Switch checked={!!form.major} color='#C8161D' ariaLabel='重大事项' onChange={(e) => setForm({ ...form, major: e.detail.value, matterDate: e.detail.value ? form.matterDate : null })} />} />
        {form.major && (
          <Picker mode='date' value={form.matterDate ?? ''} onChange={(e) => setForm({ ...form, matterDate: e.detail.value })}>
            <Cell title='事项发生日期' description='用于统计多快公开（可不填）' value={form.matterDate ?? '请选择'} arrow />
          </Picker>
        )}
      </Card>
      <Card title='内容'>
        {reviseId && <Input className='field' placeholder='更正原因（必填，居民可见）' value={reason} onInput={(e) => setReason(e.detail.value)} />}
        <Input className='field' placeholder='标题' value={form.title} maxlength={100} onInput={(e) => setForm({ ...form, title: e.detail.value })} />
        <Input className='field' placeholder={`期间，${periodHint}`} value={form.period} onInput={(e) => setForm({ ...form, period: e.detail.value })} />
        <Textarea className='field field--area' placeholder='正文' value={form.body} maxlength={20000} onInput={(e) => setForm({ ...form, body: e.detail.value })} />
      </Card>
      {form.category === 'finance' && (
        <Card title='收支明细（元）'>
          {form.rows.map((r, n) => (
            <View key={n} className='item-row'>
              <Input className='item-row__subject' placeholder='科目' value={r.subject} onInput={(e) => setRow(n, { subject: e.detail.value })} />
              <View className={`item-row__direction item-row__direction--${r.direction}`} onClick={() => setRow(n, { direction: r.direction === 'income' ? 'expense' : 'income' })}>
                {r.direction === 'income' ? '收入' : '支出'}
              </View>
              <Input className='item-row__amount' type='digit' placeholder='金额（元）' value={r.yuan} onInput={(e) => setRow(n, { yuan: e.detail.value })} />
              <View className='item-row__remove' onClick={() => setForm({ ...form, rows: form.rows.filter((_, i) => i !== n) })}>删除</View>
            </View>
          ))}
          {form.rows.length > 0 && (
            <View className='item-totals'>
              收入 {formatYuan(sum('income'))} · 支出 {formatYuan(sum('expense'))} · 结余 {formatYuan(sum('income') - sum('expense'))}
            </View>
          )}
          <View className='row-actions row-actions--start'>
            <ActionButton variant='plain' onClick={() => setForm({ ...form, rows: [...form.rows, { subject: '', direction: 'income', yuan: '' }] })}>添加收入</ActionButton>
            <ActionButton variant='plain' onClick={() => setForm({ ...form, rows: [...form.rows, { subject: '', direction: 'expense', yuan: '' }] })}>添加支出</ActionButton>
          </View>
        </Card>
      )}
      <Card title='附件（图片或 PDF）' flush>
        {form.attachments.map((a) => (
          <Cell key={a.id} title={a.name} description={`${a.contentType === 'application/pdf' ? 'PDF' : '图片'} · ${Math.max(1, Math.round(a.size / 1024))} KB`}
            value={<View className='attachment-remove' onClick={() => setForm({ ...form, attachments: form.attachments.filter((x) => x.id !== a.id) })}>移除</View>} />
        ))}
        <View className='row-actions row-actions--start row-actions--padded'>
          <ActionButton variant='plain' disabled={uploading} onClick={() => void attach(() => chooseImages())}>添加图片</ActionButton>
          <ActionButton variant='plain' disabled={uploading} onClick={() => void attach(choosePdfs)}>添加 PDF</ActionButton>
          {uploading && <View className='uploading'>上传中…</View>}
        </View>
      </Card>
      <View className='editor-submit'>
        <ActionButton block disabled={!ready || saving || uploading} onClick={() => void save()}>{saving ? '保存中…' : '保存草稿'}</ActionButton>
        <View className='editor-submit__hint'>保存后在「三务公开管理」中预览并公开；公开后不能修改，只能发布更正。</View>
      </View>
    </PageShell>
  );
}
