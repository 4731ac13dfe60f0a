import type { EntityManager } from 'typeorm';
import { Invalid } from '../../errors';
import { getFiles } from '../files';
import { CATALOGUE, isSubCategoryOf, periodFits, type Category } from './catalogue';
import type { FinanceItem } from './entities';

export interface DraftContent {
  subCategory: string | null;
  title: string;
  period: string;
  body: string;
  items: FinanceItem[];
  attachmentIds: number[];
  major: boolean;
  matterDate: string | null;
}

/** The rules a draft's content must meet for its category, checked on every create, edit and revision. */
export async function checkContent(db: EntityManager, category: Category, c: DraftContent): Promise<void> {
  const problems: { in: string; field: string; message: string }[] = [];
  const bad = (field: string, message: string) => problems.push({ in: 'body', field, message });
  if (c.subCategory !== null && !isSubCategoryOf(category, c.subCategory))
    bad('subCategory', `${CATALOGUE[category].label}的子类应为: ${Object.keys(CATALOGUE[category].subCategories).join(', ')}`);
  if (!periodFits(category, c.period)) bad('period', '财务公开按月公开，期间格式应为 2025-03');
  if (category !== 'finance' && c.items.length) bad('items', '只有财务公开可以填写收支明细');
  if (c.matterDate && !c.major) bad('matterDate', '只有重大事项填写事项发生日期');
  if (new Set(c.attachmentIds).size !== c.attachmentIds.length) bad('attachmentIds', '附件重复');
  else if ((await getFiles(db, c.attachmentIds)).length !== c.attachmentIds.length) bad('attachmentIds', '附件不存在');
  if (problems.length) throw new Invalid('公开内容不符合要求', problems);
}

/** The content with the fields a request gave (undefined means "leave as it is"). */
export function withChanges(base: DraftContent, changes: Partial<DraftContent>): DraftContent {
  const given = Object.entries(changes).filter(([, v]) => v !== undefined);
  return { ...base, ...Object.fromEntries(given) };
}
