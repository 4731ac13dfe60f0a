import { View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import ErrorState from '../../../components/ErrorState';
import Loading from '../../../components/Loading';
import PageShell from '../../../components/PageShell';
import { isAdmin } from '../../../features/auth/roles';
import { useProject } from '../../../features/partnerships/api/get-project';
import { ProjectCategoryTag, ProjectStatusTag } from '../../../features/partnerships/components/ProjectTags';
import Timeline from '../../../features/partnerships/components/Timeline';
import { nextStatuses, partnershipName } from '../../../features/partnerships/labels';
import { useReloadOnReturn } from '../../../lib/use-reload-on-return';
import { useSession } from '../../../lib/auth';
import { openPage } from '../../../lib/routes';
import './project.scss';

/** One project: what it is, who runs it, and its progress timeline. */
export default function ProjectPage() {
  const id = Number(useRouter().params.id);
  const { data: p, error, loading, reload } = useProject(id);
  const admin = isAdmin(useSession()?.user.roles ?? []);
  useReloadOnReturn(reload);
  if (!p) return <PageShell>{loading ? <Loading /> : <ErrorState error={error} onRetry={reload} />}</PageShell>;
  return (
    <PageShell>
      <View className='project__head'>
        <View className='project__title'>{p.title}</View>
        <View className='project__tags'>
          <ProjectCategoryTag category={p.category} />
          <ProjectStatusTag status={p.status} />
        </View>
        <View className='project__meta' onClick={() => openPage('partnership', { id: p.partnershipId })}>
          {partnershipName(p.partnership)} · {p.ownerCommunity.name}牵头
        </View>
        {p.plannedStart && <View className='project__meta'>计划 {p.plannedStart} 至 {p.plannedEnd ?? '待定'}</View>}
      </View>
      <Card title='项目内容'>
        <View className='project__description'>{p.description}</View>
      </Card>
      <Card title='推进情况'>{p.progress.length ? <Timeline entries={p.progress} /> : <View className='project__none'>尚未启动</View>}</Card>
      {admin && nextStatuses(p.status).length > 0 && (
        <View className='project__action'>
          <ActionButton block onClick={() => openPage('moveProject', { id })}>
            推进项目状态
          </ActionButton>
        </View>
      )}
    </PageShell>
  );
}
