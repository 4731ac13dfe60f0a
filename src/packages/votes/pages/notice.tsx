import { Picker, Switch, Textarea, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import ErrorState from '../../../components/ErrorState';
import FormField from '../../../components/FormField';
import Loading from '../../../components/Loading';
import PageShell from '../../../components/PageShell';
import StatusTag from '../../../components/StatusTag';
import { isAdmin } from '../../../features/auth/roles';
import { useMe } from '../../../features/auth/api/get-me';
import { lodgeObjection, NOTICE_STATUS, replyToObjection, useNotice, type PublicNotice } from '../../../features/votes';
import { formatDateTime } from '../../../lib/format';
import './votes.scss';

/** An admin's answer to one objection, upheld or not. */
function ReplyForm({ objectionId, onDone }: { objectionId: number; onDone: () => void }) {
  const [content, setContent] = useState('');
  const [upheld, setUpheld] = useState(false);
  const send = async () => {
    try {
      await replyToObjection(objectionId, { content: content.trim(), upheld });
      void Taro.showToast({ title: '已答复', icon: 'success' });
      onDone();
    } catch {
      // Shown by the client's toast.
    }
  };
  return (
    <View>
      <Textarea className='votes__textarea' value={content} placeholder='答复内容' ariaLabel='答复内容' onInput={(e) => setContent(e.detail.value)} />
      <FormField label='异议成立'><Switch checked={upheld} color='#C8161D' onChange={(e) => setUpheld(e.detail.value)} ariaLabel='异议成立' /></FormField>
      <ActionButton disabled={!content.trim()} onClick={() => void send()}>答复</ActionButton>
    </View>
  );
}

/** The object form: the objection's text and, when the notice lists people or items, which one it concerns. */
function ObjectionForm({ notice, onDone }: { notice: PublicNotice; onDone: () => void }) {
  const [content, setContent] = useState('');
  const [item, setItem] = useState(-1);
  const [sending, setSending] = useState(false);
  const items = [{ key: '', label: '（不针对具体人选）' }, ...notice.items];
  const send = async () => {
    setSending(true);
    try {
      const itemKey = item > 0 ? items[item].key : undefined;
      const r = await lodgeObjection(notice.id, { content: content.trim(), itemKey });
      void Taro.showToast({ title: r.status === 'visible' ? '异议已提交' : '内容未通过审核', icon: r.status === 'visible' ? 'success' : 'none' });
      setContent('');
      onDone();
    } catch {
      // Shown by the client's toast.
    } finally {
      setSending(false);
    }
  };
  return (
    <Card title='提出异议'>
      {notice.items.length > 0 && (
        <FormField label='涉及'>
          <Picker mode='selector' range={items.map((i) => i.label)} value={Math.max(item, 0)} onChange={(e) => setItem(Number(e.detail.value))}>
            <View>{items[Math.max(item, 0)].label}</View>
          </Picker>
        </FormField>
      )}
      <Textarea className='votes__textarea' value={content} maxlength={2000} placeholder='请写明异议的事实和理由' ariaLabel='异议内容' onInput={(e) => setContent(e.detail.value)} />
      <View className='votes__actions'>
        <ActionButton block disabled={!content.trim()} loading={sending} onClick={() => void send()}>提交异议</ActionButton>
      </View>
    </Card>
  );
}

/** A 公示: its text and window, every objection with its answer and upheld mark; anyone logged in objects while it runs. */
export default function NoticePage() {
  const id = Number(useRouter().params.id);
  const notice = useNotice(id);
  const me = useMe();
  const admin = !!me.data && isAdmin(me.data.roles);
  const n = notice.data;
  if (!n) return <PageShell>{notice.error ? <ErrorState error={notice.error} onRetry={notice.reload} /> : <Loading />}</PageShell>;
  const label = (key: string | null) => n.items.find((i) => i.key === key)?.label;
  return (
    <PageShell>
      <Card title={n.title} extra={<StatusTag {...NOTICE_STATUS[n.status]} />}>
        <View className='votes__body'>{n.body}</View>
        {n.items.map((i) => <View key={i.key} className='votes__option'>{i.label}</View>)}
        <View className='votes__meta'>公示期 {formatDateTime(n.startsAt)} 至 {formatDateTime(n.endsAt)}</View>
      </Card>
      <Card title={`异议（${n.objectionCount}）`}>
        {n.objections.length === 0 && <View className='votes__meta'>暂无异议</View>}
        {n.objections.map((o) => (
          <View key={o.id} className='votes__option' style={{ display: 'block' }}>
            <View className='votes__body'>{label(o.itemKey) ? `【${label(o.itemKey)}】` : ''}{o.content}</View>
            <View className='votes__meta'>{formatDateTime(o.createdAt)}</View>
            {o.reply ? (
              <View>
                <StatusTag tone={o.upheld ? 'danger' : 'neutral'} label={o.upheld ? '异议成立' : '异议不成立'} />
                <View className='votes__body'>答复：{o.reply}</View>
              </View>
            ) : admin ? <ReplyForm objectionId={o.id} onDone={() => void notice.reload()} /> : <View className='votes__meta'>待答复</View>}
          </View>
        ))}
      </Card>
      {n.status === 'running' && me.data && <ObjectionForm notice={n} onDone={() => void notice.reload()} />}
      {n.status === 'ended' && <View className='votes__meta'>公示期已结束，不再受理异议</View>}
    </PageShell>
  );
}
