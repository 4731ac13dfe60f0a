import type { Deps } from '../../deps';
import { User } from '../auth';
import { Organization } from '../orgs';
import { Exam, JUDGE_OPTIONS, Question } from './entities';
import { minBirthYearFor } from './service';

type Demo = [kind: 'single' | 'multi' | 'judge', stem: string, options: string[], answer: number[], tag: string];

const BANK: Demo[] = [
  ['single', '中国共产党的最高理想和最终目标是', ['实现共产主义', '全面建成小康社会', '实现现代化', '消除贫困'], [0], '党章'],
  ['single', '党的最高领导机关是', ['中央委员会', '党的全国代表大会和它所产生的中央委员会', '中央政治局', '中央纪律检查委员会'], [1], '党章'],
  ['single', '党员的预备期为', ['半年', '一年', '两年', '三年'], [1], '党章'],
  ['single', '党的基层组织每届任期一般为', ['两年', '三年至五年', '六年', '不设任期'], [1], '党章'],
  ['single', '党员要求退党，应当经过', ['支部大会讨论', '支部委员会同意', '上级党委批准', '本人声明即可'], [0], '党章'],
  ['single', '“三会一课”中的“一课”是指', ['党课', '团课', '业务课', '形势政策课'], [0], '组织生活'],
  ['single', '党支部委员会一般每月召开', ['一次', '两次', '一季度一次', '半年一次'], [0], '组织生活'],
  ['single', '党员一般应当编入党支部或党小组，参加', ['组织生活', '文体活动', '业务培训', '志愿服务'], [0], '组织生活'],
  ['single', '党组织对党员作出处分决定，应当', ['实事求是', '从严从重', '一律公开', '征求群众意见'], [0], '纪律'],
  ['single', '党的纪律处分中最重的是', ['警告', '撤销党内职务', '留党察看', '开除党籍'], [3], '纪律'],
  ['multi', '党员的义务包括', ['认真学习', '贯彻执行党的基本路线', '坚持党和人民的利益高于一切', '自觉遵守党的纪律'], [0, 1, 2, 3], '党章'],
  ['multi', '“三会一课”中的“三会”是指', ['支部党员大会', '支部委员会', '党小组会', '职工代表大会'], [0, 1, 2], '组织生活'],
  ['multi', '党的纪律包括', ['政治纪律', '组织纪律', '廉洁纪律', '群众纪律'], [0, 1, 2, 3], '纪律'],
  ['multi', '党员享有的权利有', ['参加党的有关会议', '在党的会议上参加讨论', '行使表决权、选举权', '对党的工作提出建议和倡议'], [0, 1, 2, 3], '党章'],
  ['multi', '社区党组织服务群众可以通过', ['党员联系户', '群众来信办理', '志愿服务', '拒绝上访'], [0, 1, 2], '服务群众'],
  ['multi', '党务公开的内容可以包括', ['党组织的决策部署', '党员发展情况', '党费收缴情况', '党员个人隐私'], [0, 1, 2], '服务群众'],
  ['multi', '民主评议党员的程序一般有', ['学习教育', '自我评价', '民主测评', '组织考察'], [0, 1, 2, 3], '组织生活'],
  ['multi', '党员干部应当做到', ['对党忠诚', '个人干净', '敢于担当', '搞小圈子'], [0, 1, 2], '纪律'],
  ['judge', '预备党员享有表决权、选举权和被选举权。', [], [1], '党章'],
  ['judge', '党员有权对党的决议和政策提出不同意见，在党组织讨论决定前可以充分发表意见。', [], [0], '党章'],
  ['judge', '党费是党员对党组织的义务，党员应按月交纳党费。', [], [0], '组织生活'],
  ['judge', '党员连续六个月不参加党的组织生活，不交纳党费，被认为是自行脱党。', [], [0], '纪律'],
  ['judge', '党小组会只需一年召开一次。', [], [1], '组织生活'],
  ['judge', '党员领导干部可以不参加所在党支部的组织生活。', [], [1], '组织生活'],
  ['judge', '党组织应当如实向群众公开党务，接受群众监督。', [], [0], '服务群众'],
  ['judge', '群众来信可以不予答复。', [], [1], '服务群众'],
  ['judge', '党的纪律是党的各级组织和全体党员必须遵守的行为规则。', [], [0], '纪律'],
  ['judge', '发展党员应当坚持个别吸收的原则。', [], [0], '党章'],
  ['judge', '入党积极分子的培养考察时间一般不少于一年。', [], [0], '党章'],
  ['judge', '党员可以参加封建迷信活动。', [], [1], '纪律'],
];

/** A district bank of 30 questions (10 single, 8 multiple, 12 true/false) and the spring training exam for members under 50, open now for a month. */
export async function seedExams(deps: Deps): Promise<void> {
  const db = deps.db.manager;
  if (await db.countBy(Exam, { title: '春季轮训上机考试' })) return;
  const district = await db.findOneByOrFail(Organization, { kind: 'district_committee' });
  const admin = await db.findOneByOrFail(User, { openid: 'o_demo_admin' });
  await db.insert(
    Question,
    BANK.map(([kind, stem, options, answer, tag]) => ({ organizationId: district.id, kind, stem, options: kind === 'judge' ? JUDGE_OPTIONS : options, answer, tags: [tag], createdById: admin.id })),
  );
  const now = deps.clock.now();
  const DAY = 86400_000;
  const opensAt = new Date(now.getTime() - DAY);
  await db.insert(Exam, {
    organizationId: district.id, title: '春季轮训上机考试', durationMinutes: 30, passScore: 60, opensAt, closesAt: new Date(now.getTime() + 30 * DAY),
    maxAge: 50, minBirthYear: minBirthYearFor(opensAt, 50), questionIds: null, questionCount: 20, createdById: admin.id, createdAt: now,
    draw: [{ tag: '党章', count: 6 }, { tag: '组织生活', count: 5 }, { tag: '纪律', count: 5 }, { tag: '服务群众', count: 4 }],
  });
}
