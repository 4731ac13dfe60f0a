import Cell from '../../../components/Cell';
import { formatDate } from '../../../lib/format';
import type { Campaign } from '../types';
import Tag from './Tag';

export default function CampaignCell({ campaign, onClick }: { campaign: Campaign; onClick: () => void }) {
  return (
    <Cell
      title={campaign.title}
      description={`${formatDate(campaign.startAt)} 至 ${formatDate(campaign.endAt)}`}
      value={<Tag value={campaign.phase} />}
      onClick={onClick}
    />
  );
}
