import { View } from '@tarojs/components';
import { useState } from 'react';
import { formatDateTime } from '../../../lib/format';
import { actionLabel, entitySummary } from '../labels';
import type { AuditLogEntry } from '../types';
import './AuditLogCell.scss';

/** Who did what to which record, when; tapped, the record before and after. */
export default function AuditLogCell({ entry: e }: { entry: AuditLogEntry }) {
  const [open, setOpen] = useState(false);
  const summary = entitySummary(e.before, e.after);
  return (
    <View className='audit-log' onClick={() => setOpen(!open)}>
      <View className='audit-log__head'>
        <View className='audit-log__action'>{actionLabel(e.action)}</View>
        <View className='audit-log__time'>{formatDateTime(e.createdAt)}</View>
      </View>
      <View className='audit-log__meta'>
        {e.actorName ?? `用户 #${e.actorId}`} · {summary ? `${summary}（#${e.entityId}）` : `#${e.entityId}`}
      </View>
      {open ? (
        <View className='audit-log__detail' onClick={(ev) => ev.stopPropagation()}>
          <Snapshot title='操作前' value={e.before} />
          <Snapshot title='操作后' value={e.after} />
        </View>
      ) : (
        <View className='audit-log__hint'>点击查看变更详情</View>
      )}
    </View>
  );
}

function Snapshot({ title, value }: { title: string; value: object | null }) {
  return (
    <View className='audit-log__snapshot'>
      <View className='audit-log__snapshot-title'>{title}</View>
      <View className='audit-log__json'>{value ? JSON.stringify(value, null, 2) : '（无）'}</View>
    </View>
  );
}
