import { Input, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import FormField from '../../../components/FormField';
import PageShell from '../../../components/PageShell';
import { createNotice, type NoticeInput } from '../../../features/votes';
import { useMe } from '../../../features/auth/api/get-me';
import ScopeField from '../../../features/votes/components/ScopeField';
import WindowFields, { windowFrom, windowInstants } from '../../../features/votes/components/WindowFields';
import { replacePage } from '../../../lib/routes';
import './votes.scss';

/** Reasons the notice cannot be published yet, or its input (the server checks again, and refuses ID and phone numbers). */
function validate(organizationId: number | null, title: string, body: string, items: string, when: ReturnType<typeof windowInstants>): string | NoticeInput {
  if (!organizationId) return '请选择党组织';
  if (!title.trim()) return '请填写公示标题';
  if (!body.trim()) return '请填写公示内容';
  if (when.end <= when.start) return '结束时间须晚于开始时间';
  const named = items.split('\n').map((i) => i.trim()).filter(Boolean);
  return { organizationId, title: title.trim(), body: body.trim(), startsAt: when.start, endsAt: when.end, ...(named.length && { items: named }) };
}

/** 发布公示 (admin): the text, the entries an objection may name, and the when (5 working days by default: 7 days). */
export default function NewNoticePage() {
  const me = useMe();
  const [organizationId, setOrganizationId] = useState<number | null>(null);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [items, setItems] = useState('');
  const [when, setWhen] = useState(() => windowFrom(new Date(), 7));
  const [sending, setSending] = useState(false);
  const send = async () => {
    const input = validate(organizationId, title, body, items, windowInstants(when));
    if (typeof input === 'string') return void Taro.showToast({ title: input, icon: 'none' });
    setSending(true);
    try {
      const notice = await createNotice(input);
      void Taro.showToast({ title: '公示已发布', icon: 'success' });
      replacePage('notice', { id: notice.id });
    } catch {
      // Shown by the client's toast.
    } finally {
      setSending(false);
    }
  };
  return (
    <PageShell>
      <Card title='公示' flush>
        <ScopeField scopes={me.data?.adminScopes} value={organizationId} onChange={setOrganizationId} />
        <FormField label='标题'>
          <Input className='votes__input' ariaLabel='公示标题' placeholder='如：社区集体资产租赁结果公示' maxlength={100} value={title} onInput={(e) => setTitle(e.detail.value)} />
        </FormField>
        <FormField label='内容'>
          <Textarea className='votes__textarea' ariaLabel='公示内容' placeholder='公示的事项、依据和结果' maxlength={10000} value={body} onInput={(e) => setBody(e.detail.value)} />
        </FormField>
        <FormField label='公示名单'>
          <Textarea className='votes__textarea' ariaLabel='公示名单' placeholder='选填，每行一项；异议可注明所涉的一项' maxlength={5000} value={items} onInput={(e) => setItems(e.detail.value)} />
        </FormField>
        <WindowFields value={when} onChange={setWhen} startLabel='开始' endLabel='结束' />
      </Card>
      <View className='votes__actions votes__form-actions'>
        <ActionButton block disabled={sending} loading={sending} onClick={() => void send()}>发布公示</ActionButton>
      </View>
      <View className='votes__meta votes__form-note'>公示期内任何登录用户都可以提出异议；公示及其异议、答复全部公开。</View>
    </PageShell>
  );
}
