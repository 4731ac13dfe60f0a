import { useRouter } from '@tarojs/taro';
import Card from '../../../components/Card';
import Cell from '../../../components/Cell';
import ErrorState from '../../../components/ErrorState';
import Loading from '../../../components/Loading';
import PageShell from '../../../components/PageShell';
import { percent, useRanking } from '../../../features/transparency/api';

/** A street's communities (or the district's) ranked by their 公开档案: disclosures on time, then fewest overdue answers. */
export default function Ranking() {
  const streetId = Number(useRouter().params.streetId) || undefined;
  const { data, error, loading, reload } = useRanking(streetId);
  if (loading && !data) return <Loading />;
  if (error || !data) return <ErrorState error={error} onRetry={reload} />;
  return (
    <PageShell>
      <Card title={streetId ? `${data.items[0]?.streetName ?? ''} 各社区公开档案排名` : '全区各社区公开档案排名'} flush>
        {data.items.map((c) => (
          <Cell key={c.communityId} title={`${c.rank}. ${c.communityName}`}
            description={`按时公开 ${percent(c.record.disclosureOnTimeRate)} · 按时答复 ${percent(c.record.answeredOnTimeRate)} · 超期未答复 ${c.record.overdue} · 满意度 ${percent(c.satisfaction.rate)}`} />
        ))}
      </Card>
    </PageShell>
  );
}
