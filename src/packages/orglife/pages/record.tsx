import { Input, Picker, Textarea, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import Cell from '../../../components/Cell';
import ErrorState from '../../../components/ErrorState';
import FormField from '../../../components/FormField';
import Loading from '../../../components/Loading';
import PageShell from '../../../components/PageShell';
import StatusTag from '../../../components/StatusTag';
import { useOrganization } from '../../../features/orgs/api/get-organization';
import OrganizationField from '../../../features/orgs/components/OrganizationField';
import { MEETING_KIND_TEXT, MEETING_KINDS, recordMeeting, useRoll } from '../../../features/orglife/api';
import { shanghaiDate, shanghaiInstant } from '../../../lib/time';
import { useSubmit } from '../../../lib/use-submit';
import './orglife.scss';

/**
 * 记录会议 (admin): kind, when, agenda and minutes, and who of the roll attended; the absent with
 * their reasons. Opened from a compliance row, the organisation and kind come filled in.
 */
export default function RecordMeetingPage() {
  const params = useRouter().params;
  const given = params.organizationId ? Number(params.organizationId) : undefined;
  const [organizationId, setOrganizationId] = useState<number | null>(given ?? null);
  const givenOrg = useOrganization(given);
  const [kind, setKind] = useState(Math.max(0, MEETING_KINDS.indexOf(params.kind as (typeof MEETING_KINDS)[number])));
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(shanghaiDate());
  const [time, setTime] = useState('09:00');
  const [agenda, setAgenda] = useState('');
  const [minutes, setMinutes] = useState('');
  const [absent, setAbsent] = useState<Record<number, string>>({});
  const roll = useRoll(organizationId);
  const members = roll.data?.items ?? [];
  const toggle = (id: number) => setAbsent((a) => (id in a ? Object.fromEntries(Object.entries(a).filter(([k]) => Number(k) !== id)) : { ...a, [id]: '' }));
  const { submitting, submit } = useSubmit(
    () =>
      recordMeeting({
        organizationId: organizationId!, kind: MEETING_KINDS[kind], title: title.trim(), heldAt: shanghaiInstant(date, time), agenda: agenda.trim(), minutes: minutes.trim(),
        attendeeMemberIds: members.filter((m) => !(m.id in absent)).map((m) => m.id),
        absences: Object.entries(absent).filter(([, reason]) => reason.trim()).map(([memberId, reason]) => ({ memberId: Number(memberId), reason: reason.trim() })),
      }),
    '会议已记录',
  );
  const ready = organizationId !== null && title.trim() && agenda.trim() && minutes.trim();
  return (
    <PageShell>
      <View className='orglife-form'>
        <Card title='会议' flush>
          {given ? <Cell title='党组织' value={givenOrg.data?.name ?? '加载中'} /> : <OrganizationField value={organizationId} onChange={setOrganizationId} />}
          <Picker mode='selector' range={MEETING_KINDS.map((k) => MEETING_KIND_TEXT[k])} value={kind} onChange={(e) => setKind(Number(e.detail.value))}>
            <Cell title='会议类型' value={MEETING_KIND_TEXT[MEETING_KINDS[kind]]} arrow />
          </Picker>
          <FormField label='会议名称'>
            <Input className='orglife-form__input' ariaLabel='会议名称' placeholder='如：11月支委会' value={title} maxlength={100} onInput={(e) => setTitle(e.detail.value)} />
          </FormField>
          <Picker mode='date' value={date} onChange={(e) => setDate(e.detail.value)}>
            <Cell title='召开日期' value={date} arrow />
          </Picker>
          <Picker mode='time' value={time} onChange={(e) => setTime(e.detail.value)}>
            <Cell title='召开时间' value={time} arrow />
          </Picker>
          <FormField label='议程'>
            <Textarea className='orglife-form__textarea' ariaLabel='议程' placeholder='会议议程' value={agenda} maxlength={2000} onInput={(e) => setAgenda(e.detail.value)} />
          </FormField>
          <FormField label='会议记录'>
            <Textarea className='orglife-form__textarea' ariaLabel='会议记录' placeholder='会议内容和决定' value={minutes} maxlength={20000} onInput={(e) => setMinutes(e.detail.value)} />
          </FormField>
        </Card>
        {organizationId !== null && (
          <Card title={`到会情况（${members.length - Object.keys(absent).length}/${members.length}）`} flush>
            {roll.loading && <Loading />}
            {!!roll.error && <ErrorState error={roll.error} onRetry={roll.reload} />}
            {members.map((m) => (
              <View key={m.id}>
                <Cell title={m.name} value={<StatusTag tone={m.id in absent ? 'danger' : 'success'} label={m.id in absent ? '缺席' : '到会'} />} onClick={() => toggle(m.id)} />
                {m.id in absent && (
                  <FormField label='缺席原因'>
                    <Input className='orglife-form__input' ariaLabel={`${m.name}缺席原因`} placeholder='如：外出务工请假' value={absent[m.id]} maxlength={200} onInput={(e) => setAbsent({ ...absent, [m.id]: e.detail.value })} />
                  </FormField>
                )}
              </View>
            ))}
          </Card>
        )}
        <View className='orglife-form__submit'>
          <ActionButton block disabled={!ready} loading={submitting} onClick={submit}>
            保存会议记录
          </ActionButton>
        </View>
      </View>
    </PageShell>
  );
}
