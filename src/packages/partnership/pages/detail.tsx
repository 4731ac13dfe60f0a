import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import Card from '../../../components/Card';
import Empty from '../../../components/Empty';
import ErrorState from '../../../components/ErrorState';
import Loading from '../../../components/Loading';
import PageShell from '../../../components/PageShell';
import { isAdmin } from '../../../features/auth/roles';
import { usePartnership } from '../../../features/partnerships/api/get-partnership';
import ListCard from '../../../features/partnerships/components/ListCard';
import ProjectCell from '../../../features/partnerships/components/ProjectCell';
import type { ListKind, Partnership } from '../../../features/partnerships/types';
import { useReloadOnReturn } from '../../../lib/use-reload-on-return';
import { useSession } from '../../../lib/auth';
import { formatDate } from '../../../lib/format';
import { download } from '../../../lib/download';
import { openPage } from '../../../lib/routes';
import './detail.scss';

/** One partnership (a pair): both communities, the agreement, the three lists and the projects. */
export default function PartnershipPage() {
  const id = Number(useRouter().params.id);
  const { data, error, loading, reload } = usePartnership(id);
  // Whether this admin may edit which side is the server's call; the buttons only save a trip for residents.
  const admin = isAdmin(useSession()?.user.roles ?? []);
  useReloadOnReturn(reload);
  if (!data) return <PageShell>{loading ? <Loading /> : <ErrorState error={error} onRetry={reload} />}</PageShell>;
  return (
    <PageShell>
      <Sides partnership={data} />
      <Card title='合作协议'>
        <View className='partnership__agreement'>《{data.agreementTitle}》</View>
        <View className='partnership__signed'>{formatDate(data.signedAt)} 签订</View>
        {data.agreementUrl && (
          <View className='partnership__file' onClick={() => void download({ path: data.agreementUrl! })}>
            查看协议文本
          </View>
        )}
      </Card>
      {(['resource', 'need', 'service'] as ListKind[]).map((kind) => (
        <ListCard key={kind} partnership={data} kind={kind} onAdd={admin ? () => openPage('newListItem', { id, kind }) : undefined} />
      ))}
      <Card title={`共建项目 ${data.projects.length}`} flush extra={admin && <View className='partnership__add' onClick={() => openPage('newProject', { id })}>添加项目</View>}>
        {data.projects.length ? data.projects.map((p) => <ProjectCell key={p.id} project={p} />) : <Empty title='暂无项目' />}
      </Card>
      <View className='partnership__bottom' />
    </PageShell>
  );
}

function Sides({ partnership }: { partnership: Partnership }) {
  return (
    <View className='partnership__sides'>
      {[partnership.communityA, partnership.communityB].map((c, i) => (
        <View key={c.id} className='partnership__side'>
          {i === 1 && <View className='partnership__link'>结对</View>}
          <View className='partnership__name'>{c.name}</View>
          <View className='partnership__street'>{c.streetName}</View>
        </View>
      ))}
    </View>
  );
}
