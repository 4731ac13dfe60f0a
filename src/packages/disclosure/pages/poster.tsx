import { useRouter } from '@tarojs/taro';
import { Image, View } from '@tarojs/components';
import ActionButton from '../../../components/ActionButton';
import ErrorState from '../../../components/ErrorState';
import Loading from '../../../components/Loading';
import PageShell from '../../../components/PageShell';
import { formatDateTime } from '../../../lib/format';
import { useChainPoster } from '../../../features/disclosures/api/get-poster';
import './poster.scss';

/**
 * 公开栏: the community's chain head as of today, to print and pin up. Anyone who scans the QR code
 * or copies the hash keeps a head that a later, rewritten chain no longer holds (docs/SECURITY.md).
 */
export default function ChainPosterPage() {
  const communityId = Number(useRouter().params.communityId);
  const { data: p, error, loading, reload } = useChainPoster(communityId);
  if (loading && !p) return <PageShell><Loading text='正在生成公开栏…' /></PageShell>;
  if (!p) return <PageShell><ErrorState error={error} onRetry={reload} /></PageShell>;
  return (
    <PageShell>
      <View className='chain-poster'>
        <View className='chain-poster__title'>{p.communityName} 三务公开链头</View>
        <View className='chain-poster__meta'>{p.streetName} · {p.date} 张贴</View>
        <View className='chain-poster__meta'>
          {p.head.seq ? `公开链共 ${p.head.seq} 条 · 最近一次公开于 ${formatDateTime(p.head.publishedAt!)}` : '尚无公开记录'}
        </View>
        <View className='chain-poster__qr'>
          <Image className='chain-poster__qr-image' src={p.qrDataUrl} mode='widthFix' ariaLabel={`链头二维码：第 ${p.head.seq} 条`} />
        </View>
        <View className='chain-poster__label'>链头哈希（SHA-256）</View>
        <View className='chain-poster__hex'>{p.hashInGroups}</View>
        <View className='chain-poster__label'>签名（Ed25519）</View>
        <View className='chain-poster__hex chain-poster__hex--small'>{p.head.signature}</View>
        <View className='chain-poster__label'>公钥指纹（SHA-256）</View>
        <View className='chain-poster__hex chain-poster__hex--small'>{p.publicKeyFingerprint}</View>
        <View className='chain-poster__hint'>
          扫码或抄下链头，日后可在「阳光党建」三务公开或用 npm run verify-chain 核对：已公开的内容若被改写，公开链将不再包含此链头。
        </View>
      </View>
      {process.env.TARO_ENV === 'h5' && (
        <View className='chain-poster__actions'>
          <ActionButton block onClick={() => window.print()}>打印公开栏</ActionButton>
        </View>
      )}
    </PageShell>
  );
}
