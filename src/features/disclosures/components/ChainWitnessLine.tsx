import { View } from '@tarojs/components';
import { formatDateTime } from '../../../lib/format';
import { useReloadOnReturn } from '../../../lib/use-reload-on-return';
import { useChainWitness } from '../api/chain-witness';
import { WitnessWarning } from './ChainStatus';
import './ChainStatus.scss';

/**
 * On a community's list: whether its chain still extends the head this device kept at its last
 * visit (a red warning when not). Quiet while loading or offline: the detail page checks again.
 */
export default function ChainWitnessLine({ communityId }: { communityId: number }) {
  const { data: witness, reload } = useChainWitness(communityId);
  useReloadOnReturn(reload);
  if (!witness) return null;
  if (witness.state === 'rewritten') return <WitnessWarning witness={witness} />;
  if (!witness.head) return null;
  return (
    <View className='chain-status chain-status--quiet'>
      本机见证：公开链第 {witness.head.seq} 条{witness.kept ? `，与 ${formatDateTime(witness.kept.seenAt)} 所见一致` : '，已记下供下次比对'}
    </View>
  );
}
