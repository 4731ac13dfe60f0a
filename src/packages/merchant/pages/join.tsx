import { View } from '@tarojs/components';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import Empty from '../../../components/Empty';
import FormField from '../../../components/FormField';
import { TextArea, TextInput } from '../../../components/FormField/inputs';
import Loading from '../../../components/Loading';
import PageShell from '../../../components/PageShell';
import PickerRow from '../../../components/PickerRow';
import { useCampaignList } from '../../../features/campaigns/api/campaigns';
import { joinCampaign } from '../../../features/campaigns/api/merchant';
import '../../../features/campaigns/components/campaigns.scss';
import { useSubmit } from '../../../lib/use-submit';

/** Join a campaign that is still enrolling, with one offer and how many may claim it. */
export default function JoinPage() {
  const list = useCampaignList();
  const open = list.items.filter((c) => c.enrollOpen);
  const [index, setIndex] = useState(0);
  const [offer, setOffer] = useState({ offerTitle: '', offerDetail: '', quota: '100' });
  const campaign = open[Math.min(index, open.length - 1)];
  const quota = Number(offer.quota);
  // A failure (already joined, enrolment closed) is shown by the client's toast.
  const { submitting, submit } = useSubmit(() => joinCampaign(campaign.id, { offerTitle: offer.offerTitle.trim(), offerDetail: offer.offerDetail.trim(), quota }), '已报名，待审核');
  if (list.loading) return <PageShell><Loading /></PageShell>;
  if (!open.length) return <PageShell><Empty title='暂无可报名的活动' /></PageShell>;
  const ready = offer.offerTitle.trim() && Number.isInteger(quota) && quota > 0;
  return (
    <PageShell>
      <Card flush>
        <PickerRow label='活动' options={open} value={campaign} text={(c) => c.title} onChange={(c) => setIndex(open.indexOf(c))} />
        <FormField label='优惠名称'>
          <TextInput value={offer.offerTitle} placeholder='如：满100减20' onChange={(offerTitle) => setOffer({ ...offer, offerTitle })} />
        </FormField>
        <FormField label='使用说明' stacked>
          <TextArea value={offer.offerDetail} placeholder='适用范围、使用条件' onChange={(offerDetail) => setOffer({ ...offer, offerDetail })} />
        </FormField>
        <FormField label='名额' hint='每位居民限领一张，领完即止。报名经联盟管理员审核后上线。' error={offer.quota && !(Number.isInteger(quota) && quota > 0) ? '名额须为正整数' : undefined}>
          <TextInput type='number' value={offer.quota} onChange={(q) => setOffer({ ...offer, quota: q })} />
        </FormField>
      </Card>
      <View className='campaign-form__actions'>
        <ActionButton block disabled={!ready} loading={submitting} onClick={submit}>
          提交报名
        </ActionButton>
      </View>
    </PageShell>
  );
}
