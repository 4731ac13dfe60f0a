import Taro from '@tarojs/taro';
import Card from '../../../components/Card';
import Cell from '../../../components/Cell';
import type { Role } from '../../../lib/auth';
import { ROUTES } from '../../../lib/routes';
import { isAdmin } from '../roles';

const open = (url: string) => () => void Taro.navigateTo({ url });

/** The areas (subpackages) my roles give me; anyone may apply to become a merchant. */
export default function AreaLinks({ roles }: { roles: Role[] }) {
  return (
    <Card title='我的服务' flush>
      {roles.includes('member') && <Cell title='党员中心' description='活动报名、积分、承诺' onClick={open(ROUTES.member)} />}
      {roles.includes('merchant') ? (
        <Cell title='商户中心' description='参加商圈活动、核销优惠' onClick={open(ROUTES.merchant)} />
      ) : (
        <Cell title='商户入驻' description='加入党建红盟商圈' onClick={open(ROUTES.merchant)} />
      )}
      {isAdmin(roles) && <Cell title='管理后台' description='审核、发布、统计' onClick={open(ROUTES.admin)} />}
    </Card>
  );
}
