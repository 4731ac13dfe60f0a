import { In, IsNull, type EntityManager } from 'typeorm';
import type { Actor } from '../../core/actor';
import { MONTH } from '../../core/time';
import { AppError } from '../../errors';
import { CATALOGUE, createDraftIn, Disclosure, type FinanceItem, updateDraftIn } from '../disclosures';
import { Community, covers, Organization } from '../orgs';
import type { ImportCounts, ImportError, Rows, SheetSpec } from './sheets';

const SUB_CATEGORIES = CATALOGUE.finance.subCategories;
const SUB_BY_LABEL = Object.fromEntries(Object.entries(SUB_CATEGORIES).map(([code, label]) => [label, code]));
const DIRECTIONS: Record<string, FinanceItem['direction']> = { 收入: 'income', 支出: 'expense' };
const MAX_ITEMS = 200;

export const FINANCE_SHEET: SheetSpec = {
  title: '财务收支',
  columns: [
    { header: '社区', width: 20, note: '社区名称（重名时填社区编号）' },
    { header: '月份', width: 10, note: '如 2025-03；每个社区每月一份财务公开' },
    { header: '公开子类', width: 16, note: `${Object.values(SUB_CATEGORIES).join(' / ')}；留空为财务收支` },
    { header: '科目', width: 28, note: '如：村集体房屋出租收入' },
    { header: '收支', width: 8, note: '收入 / 支出' },
    { header: '金额（元）', width: 14, note: '如 1200.50，最多两位小数' },
  ],
};

interface Ledger { row: number; communityId: number; period: string; subCategory: string; items: FinanceItem[] }

/**
 * A month's ledger per community: the rows of one community, month and sub-category become one
 * finance draft (三务公开, published by the community's admin as usual). The same ledger again is
 * unchanged; a changed ledger updates its draft; a month already published is corrected by a
 * revision, never by an import.
 */
export async function importFinance(db: EntityManager, actor: Actor, rows: Rows): Promise<ImportCounts> {
  const errors: ImportError[] = [];
  const [COMMUNITY, PERIOD, SUB, SUBJECT, DIRECTION, AMOUNT] = FINANCE_SHEET.columns.map((c) => c.header);
  const communities = await db.find(Community, { where: { closedAt: IsNull() } });
  const paths = new Map((await db.find(Organization, { where: { id: In(communities.map((c) => c.organizationId)) }, select: { id: true, path: true } })).map((o) => [o.id, o.path]));
  const byRef = new Map<string, Community[]>();
  for (const c of communities) for (const ref of [String(c.id), c.name]) byRef.set(ref, [...(byRef.get(ref) ?? []), c]);
  const ledgers = new Map<string, Ledger>();
  for (const { row, cells } of rows) {
    const [communityRef, periodText, subLabel, subject, directionLabel, amountText] = cells;
    const before = errors.length;
    const fail = (column: string, message: string) => errors.push({ row, column, message });
    const found = communityRef ? (byRef.get(communityRef) ?? []) : [];
    if (!communityRef) fail(COMMUNITY, '社区必填');
    else if (!found.length) fail(COMMUNITY, `找不到社区“${communityRef}”`);
    else if (found.length > 1) fail(COMMUNITY, `社区名称“${communityRef}”不唯一，请填写社区编号`);
    else if (!covers(actor, paths.get(found[0].organizationId) ?? '')) fail(COMMUNITY, '不在您的管理范围内');
    // Excel may turn 2025-03 into a date: its first day reads 2025-03-01.
    const period = periodText?.replace(/^(\d{4}-\d{2})-01$/, '$1') ?? null;
    if (!period || !MONTH.test(period)) fail(PERIOD, '月份格式应为 2025-03');
    const subCategory = subLabel ? SUB_BY_LABEL[subLabel] : 'income_expense';
    if (!subCategory) fail(SUB, `公开子类应为：${Object.values(SUB_CATEGORIES).join('、')}`);
    if (!subject || subject.length > 100) fail(SUBJECT, '科目必填，最多100字');
    const direction = directionLabel ? DIRECTIONS[directionLabel] : undefined;
    if (!direction) fail(DIRECTION, '收支应为：收入、支出');
    const amountFen = amountText && /^\d{1,10}(\.\d{1,2})?$/.test(amountText) ? Math.round(Number(amountText) * 100) : null;
    if (amountFen === null) fail(AMOUNT, '金额应为不小于0的数字，最多两位小数');
    if (errors.length !== before) continue;
    const key = `${found[0].id} ${period} ${subCategory}`;
    const ledger = ledgers.get(key) ?? { row, communityId: found[0].id, period: period!, subCategory, items: [] };
    ledgers.set(key, ledger);
    if (ledger.items.length === MAX_ITEMS) fail(SUBJECT, `同一社区同一月份最多${MAX_ITEMS}条收支`);
    else ledger.items.push({ subject: subject!, direction: direction!, amountFen: amountFen! });
  }
  if (errors.length) return { created: 0, updated: 0, unchanged: 0, errors };
  const counts = { created: 0, updated: 0, unchanged: 0 };
  for (const l of ledgers.values()) {
    const fail = (message: string) => errors.push({ row: l.row, column: PERIOD, message });
    const current = await db.findOne(Disclosure, { where: { communityId: l.communityId, category: 'finance', period: l.period, subCategory: l.subCategory, supersededById: IsNull() }, order: { id: 'DESC' } });
    const same = current && JSON.stringify(current.items) === JSON.stringify(l.items);
    try {
      if (same) counts.unchanged++;
      else if (current?.status === 'published') fail(`${l.period}的${SUB_CATEGORIES[l.subCategory]}已公开，如需修改请在公开中发布更正`);
      else if (current) {
        await updateDraftIn(db, actor, current.id, { items: l.items });
        counts.updated++;
      } else {
        const [year, month] = l.period.split('-');
        await createDraftIn(db, actor, { communityId: l.communityId, category: 'finance', subCategory: l.subCategory, period: l.period, title: `${year}年${Number(month)}月${SUB_CATEGORIES[l.subCategory]}`, body: '', items: l.items });
        counts.created++;
      }
    } catch (err) {
      if (!(err instanceof AppError)) throw err;
      fail(err.message);
    }
  }
  return { ...counts, errors };
}
