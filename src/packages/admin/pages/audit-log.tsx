import { useState } from 'react';
import PagedList from '../../../components/PagedList';
import PageShell from '../../../components/PageShell';
import Tabs from '../../../components/Tabs';
import { useAuditLogs } from '../../../features/audit/api/list-audit-logs';
import AuditLogCell from '../../../features/audit/components/AuditLogCell';
import { ENTITY_TYPE_TABS } from '../../../features/audit/labels';

/** 操作日志: every admin write in my scope, newest first, by kind of record. */
export default function AuditLogPage() {
  const [entityType, setEntityType] = useState('');
  const list = useAuditLogs(entityType);
  return (
    <PageShell>
      <Tabs tabs={ENTITY_TYPE_TABS} value={entityType} onChange={setEntityType} />
      <PagedList list={list} keyOf={(e) => e.id} emptyTitle='暂无操作记录' renderItem={(e) => <AuditLogCell entry={e} />} />
    </PageShell>
  );
}
