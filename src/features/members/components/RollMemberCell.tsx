import { View } from '@tarojs/components';
import StatusTag from '../../../components/StatusTag';
import type { RollMember } from '../types';
import './RollMemberCell.scss';

interface Props {
  member: RollMember;
  /** The organisation's name where the page knows it. */
  organizationName?: string;
  /** The full number once revealed. */
  phone?: string;
  busy: boolean;
  onReveal: () => void;
}

/** One member of the roll: name, organisation, joined, born; the masked phone with 查看 beside it. */
export default function RollMemberCell({ member: m, organizationName, phone, busy, onReveal }: Props) {
  const facts = [organizationName, m.joinedAt && `${m.joinedAt} 入党`, m.birthYear && `${m.birthYear} 年生`].filter(Boolean).join(' · ');
  return (
    <View className='roll-member'>
      <View className='roll-member__head'>
        <View className='roll-member__name'>{m.name}</View>
        <StatusTag tone={m.userId ? 'success' : 'neutral'} label={m.userId ? '已认证' : '未认证'} />
      </View>
      {facts && <View className='roll-member__line'>{facts}</View>}
      <View className='roll-member__phone'>
        <View className='roll-member__line'>手机号：{phone ?? m.phoneMasked}</View>
        {!phone && (
          <View className='roll-member__reveal' ariaLabel={`查看${m.name}的完整手机号`} onClick={busy ? undefined : onReveal}>
            {busy ? '查询中…' : '查看'}
          </View>
        )}
      </View>
    </View>
  );
}
