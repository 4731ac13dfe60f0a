import { Image } from '@tarojs/components';
import Cell from '../../../components/Cell';
import { formatDate } from '../../../lib/format';
import { API_BASE } from '../../../lib/http';
import type { Campaign } from '../types';
import CampaignStatusTag from './CampaignStatusTag';
import './campaigns.scss';

export default function CampaignCell({ campaign, onClick }: { campaign: Campaign; onClick: () => void }) {
  return (
    <Cell
      thumb={campaign.posterUrl ? <Image className='campaign-cell__poster' src={API_BASE + campaign.posterUrl} mode='aspectFill' /> : undefined}
      title={campaign.title}
      description={`${formatDate(campaign.startAt)} 至 ${formatDate(campaign.endAt)}`}
      value={<CampaignStatusTag value={campaign.phase} />}
      onClick={onClick}
    />
  );
}
