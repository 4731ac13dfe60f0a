import { IsNull, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/actor';
import { AppError } from '../../errors';
import { covers, NewOrganization, Organization, organizationPath, Street } from '../orgs';
import { createNewOrganization, updateNewOrganization } from '../tree';
import type { ImportCounts, ImportError, Rows, SheetSpec } from './sheets';

const TYPES: Record<string, 'economic' | 'social'> = { 非公企业: 'economic', 社会组织: 'social' };

export const NEW_ORGANIZATIONS_SHEET: SheetSpec = {
  title: '两新组织',
  columns: [
    { header: '组织名称', width: 28, note: '企业或社会组织的名称，必填' },
    { header: '类型', width: 12, note: Object.keys(TYPES).join(' / ') },
    { header: '所在街道', width: 16, note: '街道名称，必填' },
    { header: '正式党员人数', width: 12, note: '0 或正整数' },
    { header: '覆盖党组织', width: 28, note: '已建的本单位党组织或覆盖它的联合党委（名称或组织编号）；未覆盖留空' },
  ],
};

/**
 * The 两新 rows coverage (应建尽建率) is computed from, keyed by name within a street: a new name is
 * created, a known one updated when a figure changed, unchanged otherwise.
 */
export async function importNewOrganizations(db: EntityManager, actor: Actor, rows: Rows): Promise<ImportCounts> {
  const errors: ImportError[] = [];
  const counts = { created: 0, updated: 0, unchanged: 0 };
  const [NAME, TYPE, STREET, MEMBERS, COVERING] = NEW_ORGANIZATIONS_SHEET.columns.map((c) => c.header);
  const seen = new Map<string, number>();
  for (const { row, cells } of rows) {
    const [name, typeLabel, streetName, memberText, coveringRef] = cells;
    const before = errors.length;
    const fail = (column: string, message: string) => errors.push({ row, column, message });
    if (!name || name.length > 100) fail(NAME, '组织名称必填，最多100字');
    const kind = typeLabel ? TYPES[typeLabel] : undefined;
    if (!kind) fail(TYPE, `类型应为：${Object.keys(TYPES).join('、')}`);
    const street = streetName ? await db.findOneBy(Street, { name: streetName, closedAt: IsNull() }) : null;
    if (!street) fail(STREET, streetName ? `找不到街道“${streetName}”` : '所在街道必填');
    const memberCount = memberText === null ? 0 : Number(memberText);
    if (!Number.isInteger(memberCount) || memberCount < 0 || memberCount > 100_000) fail(MEMBERS, '正式党员人数应为0或正整数');
    let covering: Organization[] = [];
    if (coveringRef) {
      covering = /^\d+$/.test(coveringRef) ? await db.findBy(Organization, { id: Number(coveringRef), closedAt: IsNull() }) : await db.findBy(Organization, { name: coveringRef, closedAt: IsNull() });
      if (covering.length !== 1) fail(COVERING, covering.length ? `组织名称“${coveringRef}”不唯一，请填写组织编号` : `找不到党组织“${coveringRef}”`);
    }
    if (street && !covers(actor, await organizationPath(db, street.organizationId))) fail(STREET, '不在您的管理范围内');
    if (covering.length === 1 && !covers(actor, covering[0].path)) fail(COVERING, '不在您的管理范围内');
    if (name && street) {
      const key = `${street.id} ${name}`;
      if (seen.has(key)) fail(NAME, `与第${seen.get(key)}行重复（同一街道的同名组织）`);
      else seen.set(key, row);
    }
    if (errors.length !== before) continue;
    const input = { name: name!, kind: kind!, streetId: street!.id, memberCount, establishedOrganizationId: covering[0]?.id ?? null };
    const existing = await db.findOneBy(NewOrganization, { name: input.name, streetId: street!.id });
    try {
      if (!existing) {
        await createNewOrganization(db, actor, input);
        counts.created++;
      } else if (existing.type === input.kind && existing.fullMemberCount === memberCount && (existing.partyOrganizationId ?? existing.jointOrganizationId) === input.establishedOrganizationId) counts.unchanged++;
      else {
        await updateNewOrganization(db, actor, existing.id, input);
        counts.updated++;
      }
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      fail(NAME, err.message);
    }
  }
  return { ...counts, errors };
}
