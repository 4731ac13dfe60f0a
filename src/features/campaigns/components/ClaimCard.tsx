import { Image, View } from '@tarojs/components';
import { formatDate, formatDateTime } from '../../../lib/format';
import type { MyClaim } from '../types';
import CampaignStatusTag from './CampaignStatusTag';
import './campaigns.scss';

/** A claimed offer (优惠券): the QR code and the typed code to show at the till while it can be used. */
export default function ClaimCard({ claim }: { claim: MyClaim }) {
  return (
    <View className={`claim-card claim-card--${claim.state}`}>
      <View className='offer__head'>
        <View className='offer__merchant'>{claim.merchant.name}</View>
        <CampaignStatusTag value={claim.state} />
      </View>
      <View className='offer__title'>{claim.offerTitle}</View>
      <View className='offer__address'>地址：{claim.merchant.address}</View>
      {claim.qrDataUrl && <Image className='claim-card__qr' src={claim.qrDataUrl} mode='aspectFit' />}
      <View className='claim-card__code'>{claim.code.replace(/(.{4})(?=.)/g, '$1 ')}</View>
      <View className='offer__foot'>
        <View>{claim.campaign.title}</View>
        <View>{claim.redeemedAt ? `核销于 ${formatDateTime(claim.redeemedAt)}` : `有效期至 ${formatDate(claim.campaign.endAt)}`}</View>
      </View>
    </View>
  );
}
