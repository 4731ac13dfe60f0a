import { Input, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import Empty from '../../../components/Empty';
import ErrorState from '../../../components/ErrorState';
import FormField from '../../../components/FormField';
import Loading from '../../../components/Loading';
import PageShell from '../../../components/PageShell';
import { useMe } from '../../../features/auth';
import { saveCondition, useConditions } from '../../../features/development';
import './development.scss';

/** The district's listed conditions that end an activist's candidacy; district admins reword them or add their own. */
export default function ConditionsPage() {
  const me = useMe();
  const conditions = useConditions();
  const district = !!me.data?.roles.includes('district_admin');
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [code, setCode] = useState('');
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const save = async (c: string, t: string, done: () => void) => {
    setBusy(true);
    try {
      await saveCondition(c, t.trim());
      void Taro.showToast({ title: '已保存', icon: 'success' });
      done();
      await conditions.reload();
    } catch {
      // Shown by the api client.
    } finally {
      setBusy(false);
    }
  };
  if (!conditions.data) return <PageShell>{conditions.error ? <ErrorState error={conditions.error} onRetry={conditions.reload} /> : <Loading />}</PageShell>;
  const list = conditions.data.items;
  return (
    <PageShell>
      <Card>
        <View className='dev-meta'>取消入党积极分子、发展对象资格须符合本区规定的情形之一。演示数据中以“示例”开头的条目须由区级管理员替换为本区的规定。</View>
      </Card>
      {list.length === 0 && <Empty title='本区尚未规定取消资格情形' />}
      {list.map((c) => (
        <Card key={c.code} title={`${c.code}`}>
          <View className='dev-line'>{c.title}</View>
          {district && (
            <View>
              <Input className='dev-input dev-field' ariaLabel={`${c.code}的新表述`} placeholder='新的表述' value={drafts[c.code] ?? ''} maxlength={200} onInput={(e) => setDrafts({ ...drafts, [c.code]: e.detail.value })} />
              <ActionButton variant='plain' disabled={busy || (drafts[c.code] ?? '').trim().length < 2} onClick={() => void save(c.code, drafts[c.code], () => setDrafts({ ...drafts, [c.code]: '' }))}>修改表述</ActionButton>
            </View>
          )}
        </Card>
      ))}
      {district && (
        <Card title='新增情形' flush>
          <FormField label='编号'>
            <Input className='dev-input' ariaLabel='情形编号' placeholder='如 Q01（字母、数字）' value={code} maxlength={20} onInput={(e) => setCode(e.detail.value)} />
          </FormField>
          <FormField label='情形'>
            <Input className='dev-input' ariaLabel='情形表述' placeholder='按本区规定填写' value={title} maxlength={200} onInput={(e) => setTitle(e.detail.value)} />
          </FormField>
          <View className='dev-actions'>
            <ActionButton block disabled={busy || !/^[A-Za-z0-9_-]{1,20}$/.test(code) || title.trim().length < 2} onClick={() => void save(code, title, () => { setCode(''); setTitle(''); })}>保存</ActionButton>
          </View>
        </Card>
      )}
    </PageShell>
  );
}
