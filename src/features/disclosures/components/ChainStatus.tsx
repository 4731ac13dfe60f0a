import { View } from '@tarojs/components';
import { formatDateTime } from '../../../lib/format';
import type { Witness } from '../verify/witness';
import './ChainStatus.scss';

/** The first 16 hex digits of a hash in groups of four, as the poster prints them. */
const shortHash = (hash: string) => `${hash.slice(0, 16).match(/.{4}/g)!.join(' ')}…`;

/**
 * What this device saw before and what the chain holds now, when they differ: whoever holds the
 * database rewrote the chain (the server's own check cannot see that; docs/SECURITY.md).
 */
export function WitnessWarning({ witness }: { witness: Extract<Witness, { state: 'rewritten' }> }) {
  const { kept, found } = witness;
  return (
    <View className='chain-status chain-status--bad' ariaRole='alert'>
      <View className='chain-status__title'>✗ 链条与您上次看到的不一致</View>
      <View>
        本机于 {formatDateTime(kept.seenAt)} 记下公开链第 {kept.seq} 条：{shortHash(kept.hash)}；现在该位置{found ? `是 ${shortHash(found)}` : '已不存在'}。
        已公开的内容可能被改写，请向街道或公证方核实（可对照公开栏张贴的链头）。
      </View>
    </View>
  );
}

/**
 * 已核验 only when this device's own recomputation agreed with the chain the server sent, and that
 * chain extends the head this device kept from its last visit.
 */
export default function ChainStatus({ verified, length, witness }: { verified: boolean | null; length: number; witness?: Witness | null }) {
  if (verified === null) return <View className='chain-status chain-status--draft'>草稿，尚未公开</View>;
  if (witness?.state === 'rewritten') return <WitnessWarning witness={witness} />;
  return verified ? (
    <View className='chain-status chain-status--ok'>✓ 已核验 · 本机重新计算了社区 {length} 条公开记录的哈希链，内容未被改动</View>
  ) : (
    <View className='chain-status chain-status--bad'>✗ 核验未通过 · 本机计算结果与公开记录不一致</View>
  );
}
