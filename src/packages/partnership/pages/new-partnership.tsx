import { Input, Picker, View } from '@tarojs/components';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import FormField from '../../../components/FormField';
import PageShell from '../../../components/PageShell';
import { pickCommunity } from '../../../features/orgs/pick-community';
import type { Community } from '../../../features/orgs/types';
import { createPartnership } from '../../../features/partnerships/api/create-partnership';
import { shanghaiDate } from '../../../lib/time';
import { useSubmit } from '../../../lib/use-submit';
import './form.scss';


/** 新建联建共建对子: two communities and the agreement they signed. */
export default function NewPartnershipPage() {
  const [a, setA] = useState<Community>();
  const [b, setB] = useState<Community>();
  const [signedAt, setSignedAt] = useState(shanghaiDate());
  const [title, setTitle] = useState('党建引领阳光社区联建共建合作协议');
  const ready = a && b && a.id !== b.id && title.trim();
  const { submitting, submit } = useSubmit(() => createPartnership({ communityAId: a!.id, communityBId: b!.id, signedAt, agreementTitle: title.trim() }), '已结对');
  const communityField = (label: string, value: Community | undefined, set: (c: Community) => void) => (
    <FormField label={label}>
      <View className={value ? '' : 'partnership-form__value--empty'} onClick={() => void pickCommunity().then(set)}>
        {value ? `${value.name}（${value.streetName}）` : '选择社区'}
      </View>
    </FormField>
  );
  return (
    <PageShell>
      <View className='partnership-form'>
        {communityField('社区甲', a, setA)}
        {communityField('社区乙', b, setB)}
        <FormField label='签订日期'>
          <Picker mode='date' value={signedAt} onChange={(e) => setSignedAt(e.detail.value)}>
            <View>{signedAt}</View>
          </Picker>
        </FormField>
        <FormField label='协议名称'>
          <Input className='partnership-form__input' value={title} maxlength={100} onInput={(e) => setTitle(e.detail.value)} />
        </FormField>
        <View className='partnership-form__hint'>一个社区每年只能结成一个联建共建对子。</View>
        <View className='partnership-form__submit'>
          <ActionButton block disabled={!ready} loading={submitting} onClick={submit}>
            确认结对
          </ActionButton>
        </View>
      </View>
    </PageShell>
  );
}
