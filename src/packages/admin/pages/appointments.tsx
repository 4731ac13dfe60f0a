import { useRouter } from '@tarojs/taro';
import Card from '../../../components/Card';
import PagedList from '../../../components/PagedList';
import PageShell from '../../../components/PageShell';
import { useAppointments } from '../../../features/appointments/api/list-appointments';
import { useRevokeAppointment } from '../../../features/appointments/api/revoke-appointment';
import AppointForm from '../../../features/appointments/components/AppointForm';
import AppointmentCell from '../../../features/appointments/components/AppointmentCell';
import { useOrganization } from '../../../features/orgs/api/get-organization';

/** 管理员任命: the admins in my scope (or under one organisation, opened from 组织架构), appoint one, revoke one. */
export default function AppointmentsPage() {
  const organizationId = Number(useRouter().params.organizationId) || undefined;
  const org = useOrganization(organizationId);
  const list = useAppointments(organizationId);
  const { busyId, revoke } = useRevokeAppointment(() => void list.reload());
  return (
    <PageShell>
      <AppointForm organization={org.data} onAppointed={() => void list.reload()} />
      <Card title={org.data ? `${org.data.name}及下级的管理员` : '我管理范围内的管理员'} flush>
        <PagedList
          list={list}
          keyOf={(a) => a.id}
          emptyTitle='还没有任命管理员'
          renderItem={(a) => <AppointmentCell appointment={a} busy={busyId === a.id} onRevoke={() => void revoke(a)} />}
        />
      </Card>
    </PageShell>
  );
}
