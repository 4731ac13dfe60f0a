import { Input, Picker, View } from '@tarojs/components';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import Cell from '../../../components/Cell';
import FormField from '../../../components/FormField';
import PageShell from '../../../components/PageShell';
import { createApplicant, stepInstant } from '../../../features/development';
import AdminOrganization from '../../../features/orgs/components/AdminOrganization';
import { shanghaiDate } from '../../../lib/time';
import { useSubmit } from '../../../lib/use-submit';
import './development.scss';

/** 登记入党申请人 (admin): name, birth date, branch and application date; no ID number is recorded. */
export default function NewApplicantPage() {
  const [organizationId, setOrganizationId] = useState<number | null>(null);
  const [name, setName] = useState('');
  const [birthDate, setBirthDate] = useState('2000-01-01');
  const [appliedOn, setAppliedOn] = useState(shanghaiDate());
  const { submitting, submit } = useSubmit(
    () => createApplicant({ name: name.trim(), organizationId: organizationId!, birthDate, appliedAt: stepInstant(appliedOn) }),
    '已登记',
  );
  return (
    <PageShell>
      <AdminOrganization value={organizationId} onChange={setOrganizationId} />
      <Card title='申请人' flush>
        <FormField label='姓名'>
          <Input className='dev-input' ariaLabel='姓名' placeholder='申请人姓名' value={name} maxlength={30} onInput={(e) => setName(e.detail.value)} />
        </FormField>
        <Picker mode='date' value={birthDate} end={shanghaiDate()} onChange={(e) => setBirthDate(e.detail.value)}>
          <Cell title='出生日期' value={birthDate} arrow />
        </Picker>
        <Picker mode='date' value={appliedOn} end={shanghaiDate()} onChange={(e) => setAppliedOn(e.detail.value)}>
          <Cell title='递交申请日期' value={appliedOn} arrow />
        </Picker>
      </Card>
      <View className='dev-meta dev-label'>只登记姓名、出生日期和申请日期，不登记身份证号；仅本支部所属的管理员可见。</View>
      <View className='dev-actions'>
        <ActionButton block disabled={organizationId === null || name.trim().length < 2} loading={submitting} onClick={submit}>登记</ActionButton>
      </View>
    </PageShell>
  );
}
