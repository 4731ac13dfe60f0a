import Empty from '../../../components/Empty';
import PageShell from '../../../components/PageShell';

export default function AdminHome() {
  return (
    <PageShell>
      <Empty title='管理后台建设中' description='三务公开发布、党员审核、活动管理和统计将在这里开放' />
    </PageShell>
  );
}
