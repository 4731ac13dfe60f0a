import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import Card from '../../../components/Card';
import Cell from '../../../components/Cell';
import Empty from '../../../components/Empty';
import ErrorState from '../../../components/ErrorState';
import Loading from '../../../components/Loading';
import PageShell from '../../../components/PageShell';
import { useMe } from '../../../features/auth/api/get-me';
import { isAdmin } from '../../../features/auth/roles';
import { usePendingBindingCount } from '../../../features/members/api/list-member-bindings';
import { openPage } from '../../../lib/routes';
import './index.scss';

/** What an organisation is (server: ORGANIZATION_KINDS); a scope covers it and everything under it. */
const ORG_KIND_LABELS: Record<string, string> = {
  district_committee: '区委，含全区',
  street_committee: '街道，含所辖社区',
  party_committee: '党委',
  general_branch: '党总支',
  branch: '党支部',
  joint_committee: '联合党委',
};

/** Scans the desk console's login QR code and opens the confirm page with it. */
async function scanConsoleLogin() {
  try {
    const { result } = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] });
    openPage('consoleLogin', { qr: result });
  } catch {
    // The user closed the scanner.
  }
}

/** 管理后台: what I look after, and every admin tool of the app in one place. */
export default function AdminHome() {
  const me = useMe();
  const admin = !!me.data && isAdmin(me.data.roles);
  const pending = usePendingBindingCount(admin);

  if (!me.data)
    return <PageShell>{me.error ? <ErrorState error={me.error} onRetry={me.reload} /> : <Loading />}</PageShell>;
  if (!admin)
    return (
      <PageShell>
        <Empty title='仅限管理员使用' description='社区、街道和区级党组织管理员登录后可进入管理后台' />
      </PageShell>
    );

  const district = me.data.roles.includes('district_admin');
  const firstScope = me.data.adminScopes[0]?.organizationId;
  return (
    <PageShell>
      <Card title='管理范围'>
        {district && <View className='admin-scope admin-scope--district'>区级管理员：全区各街道、社区</View>}
        {me.data.adminScopes.map((s) => (
          <View key={s.organizationId} className='admin-scope'>
            <View className='admin-scope__name'>{s.name}</View>
            {ORG_KIND_LABELS[s.kind] && <View className='admin-scope__kind'>{ORG_KIND_LABELS[s.kind]}</View>}
          </View>
        ))}
        {!district && me.data.adminScopes.length === 0 && <View className='admin-scope'>暂无管理范围</View>}
      </Card>
      <Card title='组织与人员' flush>
        <Cell title='组织架构' description='街道、社区和党组织：新建、改名、撤销' onClick={() => openPage('orgTree')} />
        <Cell title='党员名册' description='按姓名和组织查找党员' onClick={() => openPage('memberRoll')} />
        <Cell title='管理员任命' description='任命和撤销下级组织的管理员' onClick={() => openPage('appointments')} />
        <Cell title='两新组织' description='应建尽建率和各组织覆盖情况' onClick={() => openPage('newOrganizations')} />
      </Card>
      <Card title='审核' flush>
        <Cell
          title='党员认证审核'
          description='核对姓名、手机号和所在组织'
          value={pending.data ? <View className='admin-badge'>{pending.data} 待审</View> : undefined}
          onClick={() => openPage('memberBindings')}
        />
        <Cell title='商户与商圈活动审核' description='商户入驻、活动报名审核，活动统计' onClick={() => openPage('campaignReview')} />
      </Card>
      <Card title='发布与管理' flush>
        <Cell title='三务公开管理' description='党务、村务、财务公开，群众提问' onClick={() => openPage('disclosureDesk')} />
        <Cell title='来信办理' description='群众来信答复、转办，超期的排在最前' onClick={() => openPage('lettersDesk')} />
        <Cell title='发布活动' description='组织生活、志愿服务等活动报名' onClick={() => openPage('activityEditor')} />
        <Cell title='阳光党员评选' description='生成候选人，开启投票、发布公示、确定结果' onClick={() => openPage('newSelection')} />
        <Cell title='发起投票' description='党员或居民投票，选项、可选数和截止时间' onClick={() => openPage('newVote')} />
        <Cell title='发布公示' description='公示期内受理异议，答复是否成立' onClick={() => openPage('newNotice')} />
        <Cell title='投票与公示' description='投票结果、公示和异议答复' onClick={() => openPage('votes')} />
        <Cell title='积分与星级' description='按规则记分、民主评议、评定星级、积分排行' onClick={() => openPage('yearAdmin')} />
        <Cell title='发展党员' description='申请人到正式党员各阶段、积分纪实、差额推荐、到期提醒' onClick={() => openPage('development')} />
        <Cell title='发布商圈活动' description='党建红盟商圈活动' onClick={() => openPage('newCampaign')} />
      </Card>
      <Card title='联建共建' flush>
        <Cell title='联建共建看板' description='对子、项目进展和两新组织覆盖' onClick={() => openPage('dashboard')} />
        <Cell title='联建对子管理' description='新建对子、资源需求清单和项目' onClick={() => openPage('partnerships')} />
      </Card>
      <Card title='组织生活' flush>
        <Cell title='记录会议' description='三会一课、组织生活会，到会和请假情况' onClick={() => openPage('recordMeeting')} />
        <Cell title='三会一课落实情况' description='各党组织按期召开、补开、未开' onClick={() => openPage('meetingCompliance', { organizationId: firstScope, manage: 1 })} />
        <Cell title='党建责任清单' description='任务、责任人、完成时限和逾期' onClick={() => openPage('taskLists', { organizationId: firstScope })} />
        <Cell title='党组织评定与整顿' description='软弱涣散党组织整顿进展' onClick={() => openPage('ratings')} />
      </Card>
      <Card title='学习考试' flush>
        <Cell title='课程管理' description='发布流动党校课程：图文、视频链接和附件' onClick={() => openPage('courseDesk')} />
        <Cell title='题库导入' description='按Excel模板导入单选、多选、判断题' onClick={() => openPage('questionBank')} />
        <Cell title='考试管理' description='从题库组卷，设置时长、合格分和参考范围，查看成绩' onClick={() => openPage('examDesk')} />
      </Card>
      <Card title='桌面工作台' flush>
        <Cell title='扫码登录工作台' description='在电脑上打开 /admin/，扫描登录二维码' onClick={scanConsoleLogin} />
      </Card>
      <Card title='记录' flush>
        <Cell title='操作日志' description='管理员的每一次审核、发布和修改' onClick={() => openPage('auditLog')} />
      </Card>
    </PageShell>
  );
}
