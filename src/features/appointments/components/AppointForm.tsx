import { Input, View } from '@tarojs/components';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import Cell from '../../../components/Cell';
import FormField from '../../../components/FormField';
import { openPage } from '../../../lib/routes';
import { useAppoint } from '../api/appoint';
import './AppointForm.scss';

interface Props {
  /** The organisation chosen in 组织架构; none yet: the form sends the admin there to choose. */
  organization?: { id: number; name: string };
  onAppointed: () => void;
}

/**
 * 任命管理员: the appointee reads their 用户编号 on 我的 and tells it; the server decides whether the
 * organisation lies inside my scope.
 */
export default function AppointForm({ organization, onAppointed }: Props) {
  const [userId, setUserId] = useState('');
  const { busy, submit } = useAppoint(onAppointed);
  const id = Number(userId);
  const valid = Number.isInteger(id) && id > 0;
  const send = async () => {
    if (organization && valid && (await submit({ userId: id, organizationId: organization.id }))) setUserId('');
  };
  return (
    <Card title='任命管理员' flush>
      {organization ? (
        <Cell title='管理组织' value={organization.name} onClick={() => openPage('orgTree')} />
      ) : (
        <Cell title='管理组织' description='在组织架构中找到组织，点“任命管理员”' value='去选择' onClick={() => openPage('orgTree')} />
      )}
      <FormField label='用户编号' error={userId && !valid ? '请输入数字编号' : undefined}>
        <Input
          className='appoint-form__input'
          type='number'
          placeholder='对方在“我的”页查看'
          ariaLabel='被任命人的用户编号'
          value={userId}
          onInput={(e) => setUserId(e.detail.value.trim())}
        />
      </FormField>
      <View className='appoint-form__submit'>
        <ActionButton block disabled={!organization || !valid || busy} loading={busy} onClick={() => void send()}>
          任命
        </ActionButton>
      </View>
    </Card>
  );
}
