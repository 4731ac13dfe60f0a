import { useRouter } from '@tarojs/taro';
import Card from '../../../components/Card';
import Cell from '../../../components/Cell';
import Empty from '../../../components/Empty';
import ErrorState from '../../../components/ErrorState';
import Loading from '../../../components/Loading';
import PagedList from '../../../components/PagedList';
import PageShell from '../../../components/PageShell';
import { useMe } from '../../../features/auth/api/get-me';
import { useOrganization } from '../../../features/orgs/api/get-organization';
import { useOrganizationChildren } from '../../../features/orgs/api/list-organizations';
import { useStreets } from '../../../features/orgs/api/list-streets';
import { ORGANIZATION_KIND_LABELS, type Organization } from '../../../features/orgs/types';
import NewChildForm from '../../../features/tree/components/NewChildForm';
import OrganizationCard from '../../../features/tree/components/OrganizationCard';
import { openPage } from '../../../lib/routes';

const OrganizationCell = ({ o }: { o: Pick<Organization, 'id' | 'name' | 'kind'> }) => (
  <Cell title={o.name} description={ORGANIZATION_KIND_LABELS[o.kind]} onClick={() => openPage('orgTree', { id: o.id })} />
);

/** 组织架构: from my scope down, one organisation per page: its card, what to create under it, its children. */
export default function OrgTreePage() {
  const id = Number(useRouter().params.id) || undefined;
  return <PageShell>{id ? <Branch id={id} /> : <Roots />}</PageShell>;
}

/** Where I start: the district's root for a district admin, else the organisations I administer. */
function Roots() {
  const me = useMe();
  if (!me.data) return me.error ? <ErrorState error={me.error} onRetry={me.reload} /> : <Loading />;
  if (me.data.roles.includes('district_admin')) return <DistrictRoots />;
  return (
    <Card title='我管理的组织' flush>
      {me.data.adminScopes.length === 0 && <Empty title='暂无管理范围' />}
      {me.data.adminScopes.map((s) => (
        <OrganizationCell key={s.organizationId} o={{ id: s.organizationId, name: s.name, kind: s.kind }} />
      ))}
    </Card>
  );
}

function DistrictRoots() {
  const roots = useOrganizationChildren(undefined);
  return (
    <Card title='全区组织' flush>
      <PagedList list={roots} keyOf={(o) => o.id} emptyTitle='还没有组织' emptyDescription='请先在桌面工作台导入组织架构' renderItem={(o) => <OrganizationCell o={o} />} />
    </Card>
  );
}

function Branch({ id }: { id: number }) {
  const org = useOrganization(id);
  const children = useOrganizationChildren(id);
  const streets = useStreets();
  if (!org.data) return org.error ? <ErrorState error={org.error} onRetry={org.reload} /> : <Loading />;
  const o = org.data;
  const street = o.kind === 'street_committee' ? streets.data?.items.find((s) => s.organizationId === o.id) : undefined;
  const changed = () => void Promise.all([org.reload(), children.reload()]);
  return (
    <>
      <OrganizationCard organization={o} onChanged={changed}>
        <Cell title='任命管理员' description='本组织及下级组织的管理员' onClick={() => openPage('appointments', { organizationId: o.id })} />
        <Cell title='党员名册' description='本组织及下级组织的党员' onClick={() => openPage('memberRoll', { organizationId: o.id })} />
        {street && <Cell title='两新组织' description='应建尽建率和各组织覆盖情况' onClick={() => openPage('newOrganizations', { streetId: street.id })} />}
      </OrganizationCard>
      {!o.closedAt && (o.kind !== 'street_committee' || street) && <NewChildForm parent={o} streetId={street?.id} onCreated={() => void children.reload()} />}
      <Card title='下级组织' flush>
        <PagedList list={children} keyOf={(c) => c.id} emptyTitle='没有下级组织' renderItem={(c) => <OrganizationCell o={c} />} />
      </Card>
    </>
  );
}
