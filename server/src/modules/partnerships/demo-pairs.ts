import type { ProjectCategory } from './entities';

/**
 * The 2020 article's 联建共建: 40 communities in 20 pairs, a strong 城阳街道 community with one of
 * another street each, all signing in July; 42 projects (10 income, 14 livelihood, 18 party
 * building), 8 of them started. Place names only.
 */
export const AGREEMENT_TITLE = '党建引领阳光社区联建共建合作协议';

/** [城阳街道 community, partner street, partner community]; the article's two pairs come first. */
export const DEMO_PAIRS: [string, string, string][] = [
  ['城阳村社区', '红岛街道', '西大洋社区'],
  ['后金社区', '惜福镇街道', '下蜜蜂社区'],
  ['小北曲社区', '红岛街道', '东大洋社区'],
  ['后田社区', '红岛街道', '宿流社区'],
  ['西田社区', '红岛街道', '西后楼社区'],
  ['东田社区', '红岛街道', '东后楼社区'],
  ['前旺疃社区', '惜福镇街道', '上蜜蜂社区'],
  ['西旺疃社区', '惜福镇街道', '青峰社区'],
  ['城子社区', '惜福镇街道', '书院社区'],
  ['大北曲后社区', '夏庄街道', '源头社区'],
  ['大北曲前社区', '夏庄街道', '云头崮社区'],
  ['大北曲西社区', '夏庄街道', '丹山社区'],
  ['西城汇社区', '流亭街道', '仙家寨社区'],
  ['董村社区', '流亭街道', '赵红埠社区'],
  ['仲村社区', '棘洪滩街道', '南万社区'],
  ['韩家社区', '棘洪滩街道', '北万社区'],
  ['寺西社区', '上马街道', '东城门社区'],
  ['寺北社区', '上马街道', '西城门社区'],
  ['寺东社区', '河套街道', '罗家营社区'],
  ['五里堆社区', '河套街道', '西大荒社区'],
];

export interface DemoProject {
  pair: number;
  title: string;
  category: ProjectCategory;
  description: string;
  /** Owned by the partner (B) side rather than the 城阳街道 side. */
  ownedByPartner?: boolean;
  started?: boolean;
}

/** The projects the article names; the rest are made from the templates below. */
export const NAMED_PROJECTS: DemoProject[] = [
  { pair: 0, title: '红岛海鲜产供销共同体', category: 'income', description: '城阳蔬菜水产品批发市场为红岛海鲜优先提供交易摊位，做好宣传推介，共建产供销链条。', ownedByPartner: true, started: true },
  { pair: 0, title: '党建联抓·市场经营管理经验共享', category: 'party_building', description: '两社区党组织交流党建、文化活动和综合治理工作模式，分享市场经营管理做法。' },
  { pair: 1, title: '后金—下蜜蜂旅游采摘合作联盟', category: 'income', description: '组织后金社区居民到下蜜蜂社区旅游采摘，共推乡村旅游线路。', ownedByPartner: true, started: true },
];

export const TEMPLATES: Record<ProjectCategory, ((a: string, b: string) => [string, string])[]> = {
  income: [
    (a, b) => [`${b}特色农产品进${a}`, `${a}提供销售渠道，${b}组织稳定货源，增加集体收入。`],
    (a, b) => [`${a}—${b}电商助农直播间`, `共建直播间，推介${b}农副产品。`],
  ],
  livelihood: [
    (a, b) => [`${a}—${b}“红色物业”经验推广`, `${a}的红色物业做法在${b}复制推广。`],
    (_a, b) => [`${b}老年助餐点共建`, `两社区共建助餐点，解决老人吃饭难。`],
    (a, b) => [`${a}—${b}志愿服务结对`, `志愿者结对开展便民服务。`],
  ],
  party_building: [
    (a, b) => [`${a}—${b}党员“双三亮”互学`, `党员亮身份、亮承诺、亮服务，两社区互学互评。`],
    (a, b) => [`${a}—${b}支部联学联建`, `两社区党组织每季度联合开展主题党日。`],
    (a, b) => [`${a}—${b}阳光公开互查`, `两社区互查三务公开，共同提升阳光公开标准化水平。`],
  ],
};

/** The article's split, including the named projects. */
export const PROJECT_TOTALS: Record<ProjectCategory, number> = { income: 10, livelihood: 14, party_building: 18 };
export const STARTED_TOTAL = 8;

/** A side's three lists: the strong side brings markets and know-how, the other its produce and land. */
export const listsFor = (partner: string, strong: boolean) =>
  strong
    ? { resource: '集体经济与市场经营管理经验', need: `${partner}的特色农产品和乡村旅游资源`, service: `为${partner}提供销售渠道、技能培训和就业岗位` }
    : { resource: '特色农产品和乡村旅游资源', need: '集体经济发展项目和市场渠道', service: `为${partner}居民提供采摘、休闲和农产品直供` };

/** The article's example pair, in its own words. */
export const FIRST_PAIR_LISTS = {
  a: { resource: '城阳蔬菜水产品批发市场：摊位、客流和多年市场经营管理经验', need: '稳定优质的海鲜货源', service: '为红岛海鲜优先提供交易摊位，帮助宣传推介' },
  b: { resource: '三面环海，盛产鱼、虾、贝类等海产品', need: '改造提升经济发展载体的经验', service: '为批发市场稳定供应海鲜产品' },
};
