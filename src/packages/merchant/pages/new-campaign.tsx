import { Image, View } from '@tarojs/components';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import FormField from '../../../components/FormField';
import { TextArea, TextInput } from '../../../components/FormField/inputs';
import PageShell from '../../../components/PageShell';
import PickerRow, { DateTimeRow } from '../../../components/PickerRow';
import { createCampaign } from '../../../features/campaigns/api/admin';
import { useAlliances } from '../../../features/campaigns/api/merchant';
import '../../../features/campaigns/components/campaigns.scss';
import { API_BASE } from '../../../lib/http';
import { shanghaiDate, shanghaiInstant } from '../../../lib/time';
import { toastError } from '../../../lib/toast';
import { chooseImages, uploadFile, type ChosenFile, type UploadedFile } from '../../../lib/upload';
import { useSubmit } from '../../../lib/use-submit';

const day = (offsetDays: number) => shanghaiDate(offsetDays);
/** A Shanghai calendar day at its start, or at its last second for an end date. */
const shanghai = (date: string, endOfDay = false) => shanghaiInstant(date, endOfDay ? '23:59:59' : '00:00');

/** A new campaign of an alliance I administer: title, description, an optional poster, enrolment deadline and dates. */
export default function NewCampaignPage() {
  const alliances = useAlliances().data?.items ?? [];
  const [allianceIndex, setAllianceIndex] = useState(0);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [dates, setDates] = useState({ enrollDeadline: day(7), startAt: day(1), endAt: day(14) });
  const [poster, setPoster] = useState<UploadedFile | null>(null);
  const [uploading, setUploading] = useState(false);
  const alliance = alliances[allianceIndex];
  const ready = alliance && title.trim() && dates.startAt <= dates.endAt && !uploading;
  const choosePoster = async () => {
    let file: ChosenFile | undefined;
    try {
      [file] = await chooseImages(1);
    } catch {
      return; // The user closed the picker.
    }
    if (!file) return;
    setUploading(true);
    try {
      setPoster(await uploadFile(file.path, file.name));
    } catch (error) {
      toastError(error);
    } finally {
      setUploading(false);
    }
  };
  const dateField = (key: keyof typeof dates, label: string, error?: string) => (
    <DateTimeRow label={label} mode='date' value={dates[key]} error={error} onChange={(value) => setDates({ ...dates, [key]: value })} />
  );
  const { submitting, submit } = useSubmit(
    () =>
      createCampaign({
        allianceId: alliance.id, title: title.trim(), description: description.trim(),
        enrollDeadline: shanghai(dates.enrollDeadline, true), startAt: shanghai(dates.startAt), endAt: shanghai(dates.endAt, true), posterFileId: poster?.id ?? null,
      }),
    '已发布',
  );
  return (
    <PageShell>
      <Card flush>
        <PickerRow label='联盟' options={alliances} value={alliance} text={(a) => a.name} placeholder='加载中…' onChange={(a) => setAllianceIndex(alliances.indexOf(a))} />
        <FormField label='活动名称'>
          <TextInput value={title} placeholder='如：五一欢乐购物汇' onChange={setTitle} />
        </FormField>
        <FormField label='活动介绍' stacked>
          <TextArea value={description} placeholder='活动内容、参与方式' onChange={setDescription} />
        </FormField>
        <FormField label='活动海报'>
          {poster ? (
            <View className='campaign-form__poster'>
              <Image className='campaign-form__poster-image' src={API_BASE + poster.url} mode='aspectFill' />
              <View className='campaign-form__poster-remove' onClick={() => setPoster(null)}>移除</View>
            </View>
          ) : (
            <View className='campaign-form__poster-pick' onClick={() => void (uploading || choosePoster())}>
              {uploading ? '上传中…' : '选择图片（选填）'}
            </View>
          )}
        </FormField>
        {dateField('startAt', '开始日期')}
        {dateField('endAt', '结束日期', dates.startAt > dates.endAt ? '结束日期不能早于开始日期' : undefined)}
        {dateField('enrollDeadline', '报名截止')}
      </Card>
      <View className='campaign-form__actions'>
        <ActionButton block disabled={!ready} loading={submitting} onClick={submit}>
          发布活动
        </ActionButton>
      </View>
    </PageShell>
  );
}
