import { View } from '@tarojs/components';
import type { SessionUser } from '../../../lib/auth';
import { roleLabels } from '../roles';
import type { Me } from '../types';
import './ProfileCard.scss';

interface Props {
  user: SessionUser;
  /** Admin scopes from GET /api/me, when loaded. */
  adminScopes?: Me['adminScopes'];
}

/** Who I am: name, roles, and for admins the organisations they look after. */
export default function ProfileCard({ user, adminScopes = [] }: Props) {
  return (
    <View className='profile'>
      <View className='profile__avatar'>{user.nickname.slice(0, 1)}</View>
      <View className='profile__main'>
        <View className='profile__name'>{user.nickname}</View>
        {/* What an admin asks for to appoint me. */}
        <View className='profile__id'>用户编号：{user.id}</View>
        <View className='profile__roles'>
          {roleLabels(user.roles, adminScopes.map((s) => s.kind)).map((label) => (
            <View key={label} className='profile__role'>
              {label}
            </View>
          ))}
        </View>
        {adminScopes.length > 0 && (
          <View className='profile__scopes'>管理范围：{adminScopes.map((s) => s.name).join('、')}</View>
        )}
      </View>
    </View>
  );
}
