import type { Category } from './catalogue';
import type { FinanceItem } from './entities';

/** The communities that get a year of demo disclosures (all ~90 would make the first start slow). */
export const DEMO_COMMUNITIES = ['城阳村社区', '西大洋社区', '后田社区', '小北曲社区', '顺德居社区', '下蜜蜂社区'];

const INCOME = ['集体资产租赁收入', '上级转移支付', '村集体经营收入', '存款利息收入', '土地承包费'];
const EXPENSE = ['办公费', '水电费', '道路维修', '环卫保洁', '困难群众慰问金', '党员活动经费', '绿化养护', '治安巡逻补贴'];

/** Deterministic "random" amounts, so every start shows the same numbers. */
const amount = (seed: number, min: number, max: number) => min + ((seed * 7919 + 104729) % (max - min));

export function financeItems(seed: number): FinanceItem[] {
  const income = INCOME.filter((_, i) => (seed + i) % 3 !== 0).map((subject, i) => ({ subject, direction: 'income' as const, amountFen: amount(seed + i, 20, 180) * 100000 + amount(seed * 3 + i, 0, 100) * 100 }));
  const expense = EXPENSE.filter((_, i) => (seed + i) % 2 === 0).map((subject, i) => ({ subject, direction: 'expense' as const, amountFen: amount(seed * 5 + i, 3, 90) * 10000 + amount(seed + i * 11, 0, 100) * 50 }));
  return [...income, ...expense];
}

export const QUARTERLY: { category: Exclude<Category, 'finance'>; subCategory: string; title: (q: string) => string; body: string }[] = [
  { category: 'party', subCategory: 'dues', title: (q) => `${q}党费收缴使用情况`, body: '本季度党费按规定标准足额收缴，全部上缴街道党工委，使用情况经党员大会通报。' },
  { category: 'party', subCategory: 'member_development', title: (q) => `${q}发展党员工作情况`, body: '本季度确定入党积极分子2名，经支部委员会讨论、公示无异议，列为发展对象培养。' },
  { category: 'affairs', subCategory: 'decisions', title: (q) => `${q}民主决策会议决定事项`, body: '经社区党委提议、两委联席会议商议、党员大会审议、居民代表会议决议，通过道路硬化及路灯改造事项，实施结果将另行公开。' },
  { category: 'affairs', subCategory: 'relief', title: (q) => `${q}困难群众救助慰问情况`, body: '本季度走访慰问困难家庭、老党员共计18户，发放慰问金及慰问品，名单在社区公开栏张贴（不含身份证号、电话和详细住址）。' },
];

export const DEMO_QUESTIONS = [
  { content: '道路维修具体修的是哪一段路？', reply: '是社区东侧主路约600米，已于月底完工验收。' },
  { content: '集体资产租赁收入是哪些门面房的？', reply: '是沿街12间门面房的年度租金，按合同分期收取。' },
];
export const OVERDUE_QUESTION = '困难群众慰问金的发放标准是多少？';
