import Empty from '../../../components/Empty';
import PageShell from '../../../components/PageShell';

export default function MemberHome() {
  return (
    <PageShell>
      <Empty title='党员中心建设中' description='活动报名、签到、积分、星级评定和阳光承诺将在这里开放' />
    </PageShell>
  );
}
