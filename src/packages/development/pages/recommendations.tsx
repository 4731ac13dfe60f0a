import { Input, View } from '@tarojs/components';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import Cell from '../../../components/Cell';
import FormField from '../../../components/FormField';
import PagedList from '../../../components/PagedList';
import PageShell from '../../../components/PageShell';
import StatusTag from '../../../components/StatusTag';
import { ROUND_STATUS, createRound, useRounds } from '../../../features/development';
import AdminOrganization from '../../../features/orgs/components/AdminOrganization';
import { openPage } from '../../../lib/routes';
import { shanghaiDate, shanghaiInstant, shanghaiYear } from '../../../lib/time';
import { useReloadOnReturn } from '../../../lib/use-reload-on-return';
import Deadline, { type DeadlineValue } from '../components/Deadline';
import './development.scss';

/**
 * 差额推荐 (admin): an organisation's rounds, and a new one for this year: the activists ranked by
 * points stand, more of them than the places, on a vote of the organisation's members.
 */
export default function RecommendationsPage() {
  const year = shanghaiYear();
  const [organizationId, setOrganizationId] = useState<number | null>(null);
  const rounds = useRounds(organizationId);
  useReloadOnReturn(rounds.reload);
  const [seats, setSeats] = useState('');
  const [closes, setCloses] = useState<DeadlineValue>({ date: shanghaiDate(7), time: '18:00' });
  const [sending, setSending] = useState(false);
  const valid = organizationId !== null && /^[1-9]\d?$/.test(seats.trim());
  const create = async () => {
    setSending(true);
    try {
      const round = await createRound({ organizationId: organizationId!, year, seats: Number(seats), closesAt: shanghaiInstant(closes.date, closes.time) });
      setSeats('');
      openPage('recommendation', { id: round.id });
    } catch {
      // Shown by the api client (e.g. not more activists than places).
    } finally {
      setSending(false);
    }
  };
  return (
    <PageShell>
      <AdminOrganization value={organizationId} onChange={setOrganizationId} />
      <Card title={`发起 ${year} 年度差额推荐`} flush>
        <FormField label='推荐名额'>
          <Input className='dev-input' type='number' ariaLabel='推荐名额' placeholder='人选须多于名额' value={seats} maxlength={2} onInput={(e) => setSeats(e.detail.value)} />
        </FormField>
        <Deadline label='投票截止' value={closes} onChange={setCloses} />
        <View className='dev-actions'>
          <ActionButton block disabled={!valid} loading={sending} onClick={() => void create()}>按积分排名生成人选并开启投票</ActionButton>
        </View>
      </Card>
      <PagedList
        list={rounds}
        keyOf={(r) => r.id}
        emptyTitle='暂无差额推荐'
        renderItem={(r) => (
          <Card>
            <Cell
              title={`${r.year} 年度差额推荐`}
              description={`${r.candidates.length} 名人选，名额 ${r.seats} 个`}
              value={<StatusTag {...ROUND_STATUS[r.status]} />}
              onClick={() => openPage('recommendation', { id: r.id })}
            />
          </Card>
        )}
      />
    </PageShell>
  );
}
