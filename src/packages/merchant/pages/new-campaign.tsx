import { Input, Picker, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import FormField from '../../../components/FormField';
import PageShell from '../../../components/PageShell';
import { createCampaign } from '../../../features/campaigns/api/admin';
import { useAlliances } from '../../../features/campaigns/api/merchant';
import '../../../features/campaigns/components/campaigns.scss';
import { useSubmit } from '../../../lib/use-submit';

const day = (offsetDays: number) => new Date(Date.now() + 8 * 3600_000 + offsetDays * 86400_000).toISOString().slice(0, 10);
/** A Shanghai calendar day at its start, or at its last second for an end date. */
const shanghai = (date: string, endOfDay = false) => new Date(`${date}T${endOfDay ? '23:59:59' : '00:00:00'}+08:00`).toISOString();

/** A new campaign of an alliance I administer: title, description, enrolment deadline and dates. */
export default function NewCampaignPage() {
  const alliances = useAlliances().data?.items ?? [];
  const [allianceIndex, setAllianceIndex] = useState(0);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [dates, setDates] = useState({ enrollDeadline: day(7), startAt: day(1), endAt: day(14) });
  const alliance = alliances[allianceIndex];
  const ready = alliance && title.trim() && dates.startAt <= dates.endAt;
  const dateField = (key: keyof typeof dates, label: string) => (
    <FormField label={label}>
      <Picker mode='date' value={dates[key]} onChange={(e) => setDates({ ...dates, [key]: e.detail.value })}>
        <View>{dates[key]}</View>
      </Picker>
    </FormField>
  );
  const { submitting, submit } = useSubmit(
    () =>
      createCampaign({
        allianceId: alliance.id, title: title.trim(), description: description.trim(),
        enrollDeadline: shanghai(dates.enrollDeadline, true), startAt: shanghai(dates.startAt), endAt: shanghai(dates.endAt, true),
      }),
    '已发布',
  );
  return (
    <PageShell>
      <View className='campaign-form'>
        <FormField label='联盟'>
          <Picker mode='selector' range={alliances.map((a) => a.name)} value={allianceIndex} onChange={(e) => setAllianceIndex(Number(e.detail.value))}>
            <View>{alliance?.name ?? '加载中…'}</View>
          </Picker>
        </FormField>
        <FormField label='活动名称'>
          <Input className='campaign-form__input' value={title} placeholder='如：五一欢乐购物汇' onInput={(e) => setTitle(e.detail.value)} />
        </FormField>
        <FormField label='活动介绍'>
          <Textarea className='campaign-form__textarea' value={description} onInput={(e) => setDescription(e.detail.value)} />
        </FormField>
        {dateField('startAt', '开始日期')}
        {dateField('endAt', '结束日期')}
        {dateField('enrollDeadline', '报名截止')}
        <View className='campaign-form__actions'>
          <ActionButton block disabled={!ready} loading={submitting} onClick={submit}>
            发布活动
          </ActionButton>
        </View>
      </View>
    </PageShell>
  );
}
