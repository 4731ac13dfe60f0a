import { endOfDayInMonthAfter, latestDue, MONTH, monthOf, monthsOfQuarter, QUARTER, quarterAt, quarterOf } from '../../core/time';

/**
 * The 三务公开 catalogue (DOMAIN.md): the fixed sub-categories a community publishes under, and the
 * cadence compliance checks hold it to. docs/disclosures.md lists the same table for readers.
 */
export const CATEGORIES = ['party', 'affairs', 'finance'] as const;
export type Category = (typeof CATEGORIES)[number];

/**
 * `required`: the sub-categories each period of the cadence must publish (the 公开档案 counts each
 * one: one 党费 item does not make the whole 党务 quarter on time); the others are published as
 * they arise.
 */
export const CATALOGUE: Record<Category, { label: string; cadence: 'quarterly' | 'monthly'; required: string[]; subCategories: Record<string, string> }> = {
  party: {
    label: '党务公开',
    cadence: 'quarterly',
    required: ['dues', 'member_development'],
    subCategories: {
      org_setup: '党组织设置与分工',
      annual_goals: '年度目标任务及完成情况',
      member_development: '发展党员',
      dues: '党费收缴使用',
      discipline: '党风廉政与违纪处理',
      member_review: '民主评议与评优',
      posts: '党员设岗定责',
    },
  },
  affairs: {
    label: '居（村）务公开',
    cadence: 'quarterly',
    required: ['decisions', 'relief'],
    subCategories: {
      decisions: '会议决定事项及实施',
      homestead: '宅基地审批',
      subsistence: '低保/特困/残疾人补贴对象',
      relief: '救助慰问',
      one_matter: '一事一议',
      public_works: '公益事业与工程项目',
      land_compensation: '征地补偿',
      other: '其他涉及群众利益事项',
    },
  },
  finance: {
    label: '财务公开',
    cadence: 'monthly',
    required: ['income_expense'],
    subCategories: {
      income_expense: '财务收支',
      debts: '集体债权债务',
      transfers: '上级转移支付与补贴',
      assets: '集体资产资源承包租赁',
      project_budget: '工程预决算',
    },
  },
};

export const isSubCategoryOf = (category: Category, subCategory: string) => Object.hasOwn(CATALOGUE[category].subCategories, subCategory);

/** Finance is published monthly, so its period is a month `2025-03`; party and affairs may name a quarter `2025-Q1` or a month. */
export function periodFits(category: Category, period: string): boolean {
  return MONTH.test(period) || (category !== 'finance' && QUARTER.test(period));
}

/** The periods a quarter covers: the quarter itself and its three months. */
export const periodsOfQuarter = (quarter: string): string[] => [quarter, ...monthsOfQuarter(quarter)];

/**
 * When a period's disclosure is due (DOMAIN.md): quarterly items by the 20th of the first month of
 * the next quarter; finance, held to monthly, by the 20th of the next month. The end of that day
 * in Asia/Shanghai.
 */
export function dueAt(category: Category, period: string): Date {
  return endOfDayInMonthAfter(category === 'finance' || QUARTER.test(period) ? period : quarterOf(period), 20);
}

/**
 * The latest period of a category's cadence whose due date has passed at `now`: on 1 December the
 * finance month is October (November's is due on 20 December) and the quarter Q3.
 */
export function latestDuePeriod(category: Category, now: Date): string {
  return latestDue(CATALOGUE[category].cadence === 'monthly' ? monthOf(now) : quarterAt(now), (p) => dueAt(category, p), now);
}
