import StatusTag, { type Tone } from '../../../components/StatusTag';
import { activityPhase, type Activity } from '../types';

const TONES: Record<ReturnType<typeof activityPhase>['tone'], Tone> = { open: 'success', running: 'info', closed: 'neutral', ended: 'neutral', cancelled: 'neutral' };

/** Where an activity stands now: 报名中, 报名截止, 进行中, 已结束 or 已取消. */
export default function PhaseTag({ activity }: { activity: Activity }) {
  const phase = activityPhase(activity);
  return <StatusTag tone={TONES[phase.tone]} label={phase.label} />;
}
