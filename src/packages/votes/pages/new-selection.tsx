import { Input, Picker, View } from '@tarojs/components';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import FormField from '../../../components/FormField';
import Loading from '../../../components/Loading';
import PageShell from '../../../components/PageShell';
import { useMe } from '../../../features/auth/api/get-me';
import { createSelection } from '../../../features/votes';
import { shanghaiYear } from '../../../lib/time';
import { useSubmit } from '../../../lib/use-submit';
import './votes.scss';

/** The wizard's first step: an organisation in my scope, the year and the seats; the server draws the candidates. */
export default function NewSelectionPage() {
  const me = useMe();
  const scopes = me.data?.adminScopes ?? [];
  const [scope, setScope] = useState(0);
  const [seats, setSeats] = useState('3');
  const year = shanghaiYear();
  const { submitting, submit } = useSubmit(() => createSelection({ organizationId: scopes[scope].organizationId, year, seats: Number(seats) }), '已生成候选人');
  if (!me.data) return <PageShell><Loading /></PageShell>;
  return (
    <PageShell>
      <FormField label='党组织'>
        <Picker mode='selector' range={scopes.map((s) => s.name)} value={scope} onChange={(e) => setScope(Number(e.detail.value))}>
          <View>{scopes[scope]?.name ?? '无管理范围'}</View>
        </Picker>
      </FormField>
      <FormField label='年度'><View>{year}</View></FormField>
      <FormField label='名额'>
        <Input type='number' value={seats} ariaLabel='名额' onInput={(e) => setSeats(e.detail.value)} />
      </FormField>
      <View className='votes__meta'>按年度星级和积分从高到低确定候选人，候选人多于名额（差额）。</View>
      <View className='votes__actions'>
        <ActionButton block disabled={!scopes.length || !(Number(seats) >= 1)} loading={submitting} onClick={submit}>生成候选人</ActionButton>
      </View>
    </PageShell>
  );
}
