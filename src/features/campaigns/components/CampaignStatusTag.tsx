import StatusTag from '../../../components/StatusTag';
import { STATUS_LABELS, STATUS_TONES, type CampaignStatus } from '../labels';

/** A campaign phase, a review status or a claim state, coloured by meaning. */
export default function CampaignStatusTag({ value }: { value: CampaignStatus }) {
  return <StatusTag tone={STATUS_TONES[value]} label={STATUS_LABELS[value]} />;
}
