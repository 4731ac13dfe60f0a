import { Input, Picker, Textarea, View } from '@tarojs/components';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Empty from '../../../components/Empty';
import FormField from '../../../components/FormField';
import Loading from '../../../components/Loading';
import PageShell from '../../../components/PageShell';
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
      <View className='campaign-form'>
        <FormField label='活动'>
          <Picker mode='selector' range={open.map((c) => c.title)} value={index} onChange={(e) => setIndex(Number(e.detail.value))}>
            <View>{campaign.title}</View>
          </Picker>
        </FormField>
        <FormField label='优惠名称'>
          <Input className='campaign-form__input' value={offer.offerTitle} placeholder='如：满100减20' onInput={(e) => setOffer({ ...offer, offerTitle: e.detail.value })} />
        </FormField>
        <FormField label='使用说明'>
          <Textarea className='campaign-form__textarea' value={offer.offerDetail} placeholder='适用范围、使用条件' onInput={(e) => setOffer({ ...offer, offerDetail: e.detail.value })} />
        </FormField>
        <FormField label='名额'>
          <Input className='campaign-form__input' type='number' value={offer.quota} onInput={(e) => setOffer({ ...offer, quota: e.detail.value })} />
        </FormField>
        <View className='campaign-form__hint'>每位居民限领一张，领完即止。报名经联盟管理员审核后上线。</View>
        <View className='campaign-form__actions'>
          <ActionButton block disabled={!ready} loading={submitting} onClick={submit}>
            提交报名
          </ActionButton>
        </View>
      </View>
    </PageShell>
  );
}
