import type { EntityManager } from 'typeorm';
import type { Actor } from '../../core/actor';
import { userNicknames } from '../auth';
import { withinScope } from '../orgs';
import { page, type PagingInput } from '../../core/paging';
import { AuditLog } from './entities';
import { auditPolicy } from './policy';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: number;
  organizationPath: string;
  before?: object | null;
  after?: object | null;
}

/** Records an admin write; call it in the same transaction as the write so neither lands alone. */
export async function recordAudit(db: EntityManager, actor: Actor, entry: AuditEntry): Promise<void> {
  await db.insert(AuditLog, { actorId: actor.id, ...entry, before: entry.before ?? null, after: entry.after ?? null });
}

/** Newest first, within the reader's scope; each filter narrows it (the action exactly, e.g. `admin_scope.grant`). */
export async function listAudit(db: EntityManager, actor: Actor, q: PagingInput & { actorId?: number; action?: string; entityType?: string; entityId?: number }) {
  await auditPolicy.list(db, actor);
  const qb = db.createQueryBuilder(AuditLog, 'a').orderBy('a.id', 'DESC').skip((q.page - 1) * q.pageSize).take(q.pageSize);
  withinScope(qb, actor, 'a.organizationPath');
  if (q.actorId) qb.andWhere('a.actorId = :actorId', { actorId: q.actorId });
  if (q.action) qb.andWhere('a.action = :action', { action: q.action });
  if (q.entityType) qb.andWhere('a.entityType = :t', { t: q.entityType });
  if (q.entityId) qb.andWhere('a.entityId = :e', { e: q.entityId });
  const [rows, total] = await qb.getManyAndCount();
  const actors = await userNicknames(db, rows.map((a) => a.actorId));
  return page(
    rows.map((a) => ({ id: a.id, actorId: a.actorId, actorName: actors.get(a.actorId) ?? null, action: a.action, entityType: a.entityType, entityId: a.entityId, before: a.before as Record<string, unknown> | null, after: a.after as Record<string, unknown> | null, createdAt: a.createdAt.toISOString() })),
    total,
    q,
  );
}
