import { usePullDownRefresh } from '@tarojs/taro';
import Card from '../../components/Card';
import Cell from '../../components/Cell';
import PagedList from '../../components/PagedList';
import PageShell from '../../components/PageShell';
import { useSession } from '../../lib/auth';
import { useFilter } from '../../lib/use-filter';
import { isAdmin } from '../../features/auth/roles';
import CurrentCommunityCard from '../../features/orgs/components/CurrentCommunityCard';
import { useCurrentCommunity } from '../../features/orgs/current-community';
import { useDisclosureSummary } from '../../features/disclosures/api/get-summary';
import { useDisclosureList, type DisclosureFilter } from '../../features/disclosures/api/list-disclosures';
import CategoryTiles from '../../features/disclosures/components/CategoryTiles';
import DisclosureCell from '../../features/disclosures/components/DisclosureCell';
import { openPage } from '../../lib/routes';
import DisclosureFilters from '../../features/disclosures/components/DisclosureFilters';
import TransparencyCard from '../../features/transparency/components/TransparencyCard';
import ChainWitnessLine from '../../features/disclosures/components/ChainWitnessLine';
import type { DisclosureSummary } from '../../features/disclosures/types';

const openDetail = (d: DisclosureSummary) => openPage('disclosure', { id: d.id });

/** 三务公开: the community's home (counts per category, latest) above its list, filtered by category and period. */
export default function Disclosures() {
  const community = useCurrentCommunity();
  const roles = useSession()?.user.roles ?? [];
  const chosen = useFilter<DisclosureFilter>({});
  const { value: filter, set: setFilter } = chosen;
  const summary = useDisclosureSummary(community?.id);
  // The server leaves corrected versions out of `latest` (they stay readable from their correction's history).
  const latest = summary.data?.latest ?? [];
  const list = useDisclosureList(community?.id, filter, chosen);
  usePullDownRefresh(() => void summary.reload());

  return (
    <PageShell>
      <CurrentCommunityCard />
      {isAdmin(roles) && (
        <Card flush>
          <Cell title='三务公开管理' description='起草、公开、更正，答复居民提问' onClick={() => openPage('disclosureDesk')} />
          {community && <Cell title='公开栏链头' description='打印张贴本社区公开链的链头（二维码与哈希），供居民见证' onClick={() => openPage('chainPoster', { communityId: community.id })} />}
        </Card>
      )}
      {community && (
        <>
          <ChainWitnessLine communityId={community.id} />
          {summary.data && (
            <>
              <Card title='公开概况'>
                <CategoryTiles categories={summary.data.categories} active={filter.category} onPick={(category) => setFilter({ ...filter, category })} />
              </Card>
              {latest.length > 0 && (
                <Card title='最新公开' flush>
                  {latest.map((d) => (
                    <DisclosureCell key={d.id} d={d} onClick={() => openDetail(d)} />
                  ))}
                </Card>
              )}
            </>
          )}
          <TransparencyCard communityId={community.id} streetId={community.streetId} />
          <Card title='群众来信' flush>
            <Cell title='公开来信' description='居民来信与社区答复，超期未答复的也在这里' onClick={() => openPage('publicLetters')} />
            <Cell title='我要写信' description='群众来信、建言献策、随手拍，社区10日内答复' onClick={() => openPage('writeLetter')} />
          </Card>
          <DisclosureFilters category={filter.category} period={filter.period} onChange={setFilter} />
          <PagedList list={list} keyOf={(d) => d.id} emptyTitle='暂无公开' emptyDescription={filter.category || filter.period ? '换个类别或期间看看' : undefined} renderItem={(d) => <DisclosureCell d={d} onClick={() => openDetail(d)} />} />
        </>
      )}
    </PageShell>
  );
}
