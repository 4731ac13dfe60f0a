import { Input, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import Cell from '../../../components/Cell';
import FormField from '../../../components/FormField';
import PageShell from '../../../components/PageShell';
import { createSelection } from '../../../features/votes';
import { useMe } from '../../../features/auth/api/get-me';
import ScopeField from '../../../features/votes/components/ScopeField';
import { replacePage } from '../../../lib/routes';
import { shanghaiYear } from '../../../lib/time';
import './votes.scss';

/**
 * The wizard's first step: an organisation in my scope, the year and the seats; the server draws the
 * candidates. The next steps (vote, 公示, final) are taken on the selection's page, where it opens.
 */
export default function NewSelectionPage() {
  const me = useMe();
  const [organizationId, setOrganizationId] = useState<number | null>(null);
  const [seats, setSeats] = useState('3');
  const [sending, setSending] = useState(false);
  const year = shanghaiYear();
  const send = async () => {
    setSending(true);
    try {
      const s = await createSelection({ organizationId: organizationId!, year, seats: Number(seats) });
      void Taro.showToast({ title: '已生成候选人', icon: 'success' });
      replacePage('selection', { id: s.id });
    } catch {
      // Shown by the client's toast.
    } finally {
      setSending(false);
    }
  };
  return (
    <PageShell>
      <Card title='阳光党员评选' flush>
        <ScopeField scopes={me.data?.adminScopes} value={organizationId} onChange={setOrganizationId} />
        <Cell title='年度' value={String(year)} />
        <FormField label='名额'>
          <Input className='votes__input' type='number' value={seats} ariaLabel='名额' onInput={(e) => setSeats(e.detail.value)} />
        </FormField>
      </Card>
      <View className='votes__meta votes__form-note'>按年度星级和积分从高到低确定候选人，候选人多于名额（差额）。之后依次开启党员投票、发布公示、确定结果。</View>
      <View className='votes__actions votes__form-actions'>
        <ActionButton block disabled={!organizationId || !(Number(seats) >= 1)} loading={sending} onClick={() => void send()}>生成候选人</ActionButton>
      </View>
    </PageShell>
  );
}
