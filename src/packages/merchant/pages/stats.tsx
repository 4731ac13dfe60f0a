import { useRouter } from '@tarojs/taro';
import Card, { CardAction } from '../../../components/Card';
import ErrorState from '../../../components/ErrorState';
import Loading from '../../../components/Loading';
import PageShell from '../../../components/PageShell';
import { exportStats, useCampaignStats } from '../../../features/campaigns/api/stats';
import StatsTable from '../../../features/campaigns/components/StatsTable';

/** Claims and redemptions of a campaign per merchant and per day (a merchant sees only their own). */
export default function StatsPage() {
  const id = Number(useRouter().params.id);
  const { data, error, loading, reload } = useCampaignStats(id);
  if (!data) return <PageShell>{loading ? <Loading /> : <ErrorState error={error} onRetry={reload} />}</PageShell>;
  return (
    <PageShell>
      <Card title={data.title} extra={<CardAction label='导出Excel' onClick={() => void exportStats(id)} />} flush>
        <StatsTable head='合计' rows={[{ key: 'total', name: '全部优惠', ...data.totals }]} />
      </Card>
      <Card title='按商户' flush>
        <StatsTable head='商户 · 优惠' rows={data.entries.map((e) => ({ key: e.entryId, name: `${e.merchantName} · ${e.offerTitle}`, ...e }))} />
      </Card>
      <Card title='按日' flush>
        <StatsTable head='日期' rows={data.days.map((d) => ({ key: d.day, name: d.day, ...d }))} />
      </Card>
    </PageShell>
  );
}
