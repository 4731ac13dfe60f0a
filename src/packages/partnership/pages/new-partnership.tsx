import { View } from '@tarojs/components';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import FormField from '../../../components/FormField';
import { TextInput } from '../../../components/FormField/inputs';
import PageShell from '../../../components/PageShell';
import { DateTimeRow, PickerLink } from '../../../components/PickerRow';
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
  const community = (label: string, value: Community | undefined, set: (c: Community) => void) => (
    <PickerLink label={label} value={value ? `${value.name}（${value.streetName}）` : undefined} placeholder='选择社区' onClick={() => void pickCommunity().then(set)} />
  );
  return (
    <PageShell>
      <Card flush>
        {community('社区甲', a, setA)}
        {community('社区乙', b, setB)}
        <DateTimeRow label='签订日期' mode='date' value={signedAt} onChange={setSignedAt} />
        <FormField label='协议名称' hint='一个社区每年只能结成一个联建共建对子。'>
          <TextInput value={title} maxlength={100} onChange={setTitle} />
        </FormField>
      </Card>
      <View className='partnership-form__submit'>
        <ActionButton block disabled={!ready} loading={submitting} onClick={submit}>
          确认结对
        </ActionButton>
      </View>
    </PageShell>
  );
}
