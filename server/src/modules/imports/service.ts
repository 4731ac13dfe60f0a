import { IsNull, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/actor';
import type { Deps } from '../../deps';
import { formatShanghai, yearOf } from '../../core/time';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../errors';
import { recordAudit } from '../audit';
import { writeRoll, type RollRow } from '../members';
import { covers, Organization, Street, type OrganizationKind } from '../orgs';
import { createCommunity, createOrganizationIn, createStreet } from '../tree';
import { FINANCE_SHEET, importFinance } from './finance';
import { importPolicy } from './policy';
import { readRows, type ImportCounts, type ImportError, type Rows, type SheetSpec } from './sheets';
import { importNewOrganizations, NEW_ORGANIZATIONS_SHEET } from './two-new';

export const IMPORT_KINDS = ['organizations', 'members', 'new-organizations', 'finance'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

const KIND_LABELS: Record<string, OrganizationKind> = { 区委: 'district_committee', 街道党工委: 'street_committee', 党委: 'party_committee', 党总支: 'general_branch', 党支部: 'branch', 联合党委: 'joint_committee' };
const COMMUNITY_KINDS: Record<string, 'rural' | 'urban'> = { 农村: 'rural', 城市: 'urban' };

export const SHEETS: Record<ImportKind, SheetSpec> = {
  organizations: {
    title: '组织架构',
    columns: [
      { header: '组织名称', width: 28, note: '如：城阳村社区党委' },
      { header: '组织类型', width: 12, note: Object.keys(KIND_LABELS).join(' / ') },
      { header: '上级组织', width: 28, note: '上级组织的名称（区委留空）；上级可在本表前面的行中' },
      { header: '街道/社区名称', width: 20, note: '街道党工委填街道名称；社区的党组织填社区名称' },
      { header: '社区类型', width: 10, note: '社区的党组织填 农村 或 城市，其他留空' },
    ],
  },
  members: {
    title: '党员名册',
    columns: [
      { header: '姓名', width: 12, note: '必填' },
      { header: '手机号', width: 16, note: '11位手机号，必填；党员认证时按姓名和手机号匹配' },
      { header: '所属组织', width: 28, note: '组织名称或组织编号' },
      { header: '入党日期', width: 14, note: '如 2001-07-01，可留空' },
      { header: '出生年份', width: 10, note: '如 1975，可留空' },
    ],
  },
  'new-organizations': NEW_ORGANIZATIONS_SHEET,
  finance: FINANCE_SHEET,
};

export interface ImportResult extends ImportCounts { kind: ImportKind; dryRun: boolean; rows: number }

const IMPORTERS: Record<ImportKind, (db: EntityManager, actor: Actor, rows: Rows, now: Date) => Promise<ImportCounts>> = {
  organizations: (db, actor, rows) => importOrganizations(db, actor, rows),
  members: importMembers,
  'new-organizations': (db, actor, rows) => importNewOrganizations(db, actor, rows),
  finance: (db, actor, rows) => importFinance(db, actor, rows),
};

class RolledBack extends Error {
  constructor(readonly result: ImportResult) {
    super('import rolled back');
  }
}

/**
 * Reads the file and applies it in one transaction, rolled back on a dry run or on any bad row, so a
 * file lands whole or not at all. Rows outside the caller's scope are bad rows. The same file twice:
 * every row of the second run is unchanged.
 */
export async function runImport(deps: Deps, actor: Actor, kind: ImportKind, file: Buffer, dryRun: boolean): Promise<ImportResult> {
  await importPolicy.run(deps.db.manager, actor);
  const rows = await readRows(file, SHEETS[kind]);
  try {
    return await inTransaction(deps.db, async (db) => {
      const counts = await IMPORTERS[kind](db, actor, rows, deps.clock.now());
      const result: ImportResult = { kind, dryRun, rows: rows.length, ...counts };
      if (dryRun || result.errors.length) throw new RolledBack(result);
      await recordAudit(db, actor, { action: `import.${kind}`, entityType: 'import', entityId: 0, organizationPath: actor.scopePaths[0] ?? '/', after: { ...result, errors: undefined } });
      return result;
    });
  } catch (err) {
    if (err instanceof RolledBack) return err.result;
    throw err;
  }
}

async function importOrganizations(db: EntityManager, actor: Actor, rows: Rows) {
  const errors: ImportError[] = [];
  let created = 0;
  let unchanged = 0;
  const [NAME, KIND, PARENT, PLACE, COMMUNITY_KIND] = SHEETS.organizations.columns.map((c) => c.header);
  for (const { row, cells } of rows) {
    const [name, kindLabel, parentName, place, communityKindLabel] = cells;
    const fail = (column: string, message: string) => errors.push({ row, column, message });
    if (!name || name.length > 100) { fail(NAME, '组织名称必填，最多100字'); continue; }
    const kind = kindLabel ? KIND_LABELS[kindLabel] : undefined;
    if (!kind) { fail(KIND, `组织类型应为：${Object.keys(KIND_LABELS).join('、')}`); continue; }
    const communityKind = communityKindLabel ? COMMUNITY_KINDS[communityKindLabel] : undefined;
    if (communityKindLabel && !communityKind) { fail(COMMUNITY_KIND, '社区类型应为：农村、城市'); continue; }
    let parent: Organization | null = null;
    if (parentName) {
      const found = await db.findBy(Organization, { name: parentName, closedAt: IsNull() });
      if (found.length !== 1) { fail(PARENT, found.length ? `上级组织“${parentName}”不唯一` : `找不到上级组织“${parentName}”`); continue; }
      parent = found[0];
    } else if (kind !== 'district_committee') { fail(PARENT, '上级组织必填（只有区委没有上级）'); continue; }
    const existing = await db.findOneBy(Organization, { name, parentId: parent ? parent.id : IsNull(), closedAt: IsNull() });
    if (existing) {
      if (existing.kind !== kind) fail(KIND, `“${name}”已存在，类型不同`);
      else if (!covers(actor, existing.path)) fail(NAME, '不在您的管理范围内');
      else unchanged++;
      continue;
    }
    try {
      if (kind === 'street_committee') {
        if (!place) { fail(PLACE, '街道党工委须填写街道名称'); continue; }
        const street = await createStreet(db, actor, { name: place });
        await db.update(Organization, { id: street.organizationId }, { name });
      } else if (communityKind) {
        if (!place) { fail(PLACE, '社区的党组织须填写社区名称'); continue; }
        if (kind !== 'party_committee' && kind !== 'general_branch' && kind !== 'branch') { fail(KIND, '社区的党组织应为党委、党总支或党支部'); continue; }
        const street = parent && (await db.findOneBy(Street, { organizationId: parent.id }));
        if (!street) { fail(PARENT, '社区的上级组织应为街道党工委'); continue; }
        const community = await createCommunity(db, actor, { name: place, kind: communityKind, streetId: street.id, organizationKind: kind });
        await db.update(Organization, { id: community.organizationId }, { name });
      } else await createOrganizationIn(db, actor, { name, kind, parentId: parent?.id ?? null });
      created++;
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      fail(err.code === 'OUT_OF_SCOPE' ? PARENT : NAME, err.code === 'OUT_OF_SCOPE' ? '不在您的管理范围内' : err.message);
    }
  }
  return { created, updated: 0, unchanged, errors };
}

async function importMembers(db: EntityManager, actor: Actor, rows: Rows, now: Date) {
  const errors: ImportError[] = [];
  const [NAME, PHONE, ORG, JOINED, BORN] = SHEETS.members.columns.map((c) => c.header);
  const orgs = await db.find(Organization, { where: { closedAt: IsNull() }, select: { id: true, name: true, path: true } });
  const byId = new Map(orgs.map((o) => [String(o.id), [o]]));
  const byName = new Map<string, Organization[]>();
  for (const o of orgs) byName.set(o.name, [...(byName.get(o.name) ?? []), o]);
  const seen = new Map<string, number>();
  const valid: RollRow[] = [];
  const thisYear = yearOf(now);
  const today = formatShanghai(now, 'yyyy-MM-dd');
  for (const { row, cells } of rows) {
    const [name, phone, orgRef, joined, born] = cells;
    const before = errors.length;
    const fail = (column: string, message: string) => errors.push({ row, column, message });
    if (!name || name.length > 30) fail(NAME, '姓名必填，最多30字');
    if (!phone || !/^1\d{10}$/.test(phone)) fail(PHONE, '手机号应为11位数字');
    const candidates = orgRef ? (byId.get(orgRef) ?? byName.get(orgRef) ?? []) : [];
    if (!orgRef) fail(ORG, '所属组织必填');
    else if (!candidates.length) fail(ORG, `找不到组织“${orgRef}”`);
    else if (candidates.length > 1) fail(ORG, `组织名称“${orgRef}”不唯一，请填写组织编号`);
    else if (!covers(actor, candidates[0].path)) fail(ORG, '不在您的管理范围内');
    if (joined && !(/^\d{4}-\d{2}-\d{2}$/.test(joined) && !Number.isNaN(Date.parse(joined)) && joined <= today)) fail(JOINED, '入党日期格式应为 YYYY-MM-DD，且不晚于今天');
    const birthYear = born ? Number(born) : null;
    if (born && !(Number.isInteger(birthYear) && birthYear! >= 1900 && birthYear! <= thisYear)) fail(BORN, `出生年份应为1900至${thisYear}之间的年份`);
    if (name && phone) {
      const key = `${phone} ${name}`;
      if (seen.has(key)) fail(PHONE, `与第${seen.get(key)}行重复（姓名和手机号相同）`);
      else seen.set(key, row);
    }
    if (errors.length === before) valid.push({ name: name!, phone: phone!, organizationId: candidates[0].id, joinedAt: joined, birthYear });
  }
  if (errors.length) return { created: 0, updated: 0, unchanged: 0, errors };
  return { ...(await writeRoll(db, valid)), errors };
}
