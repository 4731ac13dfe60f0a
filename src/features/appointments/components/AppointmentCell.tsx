import { View } from '@tarojs/components';
import ActionButton from '../../../components/ActionButton';
import { formatDateTime } from '../../../lib/format';
import type { Appointment } from '../types';
import './AppointmentCell.scss';

interface Props {
  appointment: Appointment;
  busy: boolean;
  onRevoke: () => void;
}

/** One appointment: who, where, since when and by whom; 撤销 asks first. */
export default function AppointmentCell({ appointment: a, busy, onRevoke }: Props) {
  return (
    <View className='appointment'>
      <View className='appointment__name'>
        {a.userNickname}
        <View className='appointment__id'>用户编号 {a.userId}</View>
      </View>
      <View className='appointment__line'>{a.organizationName}</View>
      <View className='appointment__line'>
        {formatDateTime(a.grantedAt)} {a.grantedById === null ? '由系统初始化任命' : '任命'}
      </View>
      <View className='appointment__actions'>
        <ActionButton variant='plain' loading={busy} disabled={busy} ariaLabel={`撤销${a.userNickname}的管理员任命`} onClick={onRevoke}>
          撤销
        </ActionButton>
      </View>
    </View>
  );
}
