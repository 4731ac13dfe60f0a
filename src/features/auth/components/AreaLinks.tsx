import Card from '../../../components/Card';
import Cell from '../../../components/Cell';
import type { Role } from '../../../lib/auth';
import { openPage } from '../../../lib/routes';
import { isAdmin } from '../roles';

/** The areas (subpackages) my roles give me; anyone may apply to become a merchant. */
export default function AreaLinks({ roles }: { roles: Role[] }) {
  return (
    <Card title='我的服务' flush>
      <Cell title='我的来信' description='写给社区的信、答复和评价' onClick={() => openPage('myLetters')} />
      {roles.includes('member') && <Cell title='党员中心' description='活动报名、积分、承诺' onClick={() => openPage('memberHome')} />}
      {roles.includes('merchant') ? (
        <Cell title='商户中心' description='参加商圈活动、核销优惠' onClick={() => openPage('merchantHome')} />
      ) : (
        <Cell title='商户入驻' description='加入党建红盟商圈' onClick={() => openPage('merchantHome')} />
      )}
      {isAdmin(roles) && <Cell title='管理后台' description='审核、发布、统计' onClick={() => openPage('adminHome')} />}
    </Card>
  );
}
