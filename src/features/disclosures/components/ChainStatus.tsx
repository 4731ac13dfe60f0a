import { View } from '@tarojs/components';
import './ChainStatus.scss';

/** 已核验 only when this device's own recomputation agreed with the chain the server sent. */
export default function ChainStatus({ verified, length }: { verified: boolean | null; length: number }) {
  if (verified === null) return <View className='chain-status chain-status--draft'>草稿，尚未公开</View>;
  return verified ? (
    <View className='chain-status chain-status--ok'>✓ 已核验 · 本机重新计算了社区 {length} 条公开记录的哈希链，内容未被改动</View>
  ) : (
    <View className='chain-status chain-status--bad'>✗ 核验未通过 · 本机计算结果与公开记录不一致</View>
  );
}
