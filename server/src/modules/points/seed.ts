import { IsNull } from 'typeorm';
import { yearOf, yearRange } from '../../core/time';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/transaction';
import { grantRole, User } from '../auth';
import { PartyMember } from '../members';
import { Organization } from '../orgs';
import { PointAward, PointEntry, PointTally } from './entities';
import { awardPoints, openTally, rulesFor } from './service';

/** Roll members of 城阳村社区 who have bound WeChat in the demo, so the ranking and the stars have more than one member. */
export const DEMO_BOUND_ROLL = ['党员1号', '党员2号', '党员3号', '党员4号', '党员5号'];

/** The year's awards of each demo member, by rule: [ruleCode, how many times, note]. */
const AWARDS: [string, [string, number, string][]][] = [
  ['党员甲', [['volunteer_hours', 10, '社区环境整治志愿服务 4 小时'], ['study', 8, '完成“学习强国”月度学习任务'], ['award', 1, '获评街道优秀志愿者'], ['commitment_kept', 1, '阳光承诺“每月走访独居老人”按期践诺']]],
  ['党员1号', [['volunteer_hours', 20, '文明城市创建志愿服务 4 小时'], ['study', 12, '完成流动党校课程'], ['award', 2, '获评区级优秀共产党员'], ['commitment_kept', 2, '阳光承诺按期践诺']]],
  ['党员2号', [['volunteer_hours', 12, '疫苗接种点志愿服务 4 小时'], ['study', 10, '完成月度学习任务'], ['commitment_kept', 1, '阳光承诺按期践诺']]],
  ['党员3号', [['volunteer_hours', 6, '垃圾分类督导 4 小时'], ['study', 6, '完成月度学习任务'], ['missed_org_life', 1, '五月组织生活会无故缺席']]],
  ['党员4号', [['volunteer_hours', 4, '夜市秩序维护 4 小时'], ['study', 4, '完成月度学习任务']]],
  ['党员5号', [['study', 3, '完成月度学习任务'], ['missed_org_life', 2, '组织生活会无故缺席']]],
];

/**
 * A year of points in 城阳村社区 (this calendar year up to now): awards by the community admin under
 * the rules, and one award corrected, each traced to its cause. Binds five roll members to demo users.
 */
export async function seedPoints(deps: Deps): Promise<void> {
  const db = deps.db.manager;
  if (await db.countBy(PointAward, {})) return;
  const org = await db.findOneByOrFail(Organization, { name: '城阳村社区党委' });
  const admin = await db.findOneByOrFail(User, { openid: 'o_demo_community_admin' });
  for (const [i, name] of DEMO_BOUND_ROLL.entries()) {
    const openid = `o_demo_roll_${i + 1}`;
    await db.createQueryBuilder().insert().into(User).values({ openid, nickname: name }).orIgnore().updateEntity(false).execute();
    const user = await db.findOneByOrFail(User, { openid });
    await db.update(PartyMember, { organizationId: org.id, name, userId: IsNull() }, { userId: user.id });
    await grantRole(db, user.id, 'member');
  }
  const now = deps.clock.now();
  const year = yearOf(now);
  const { from } = yearRange(year);
  const rules = new Map((await rulesFor(db, year)).map((r) => [r.code, r]));
  await inTransaction(deps.db, async (m) => {
    for (const [name, awards] of AWARDS) {
      const member = await m.findOneByOrFail(PartyMember, { organizationId: org.id, name });
      const userId = member.userId!;
      const plan = awards.flatMap(([code, times, note]) => Array.from({ length: times }, () => ({ code, note })));
      for (const [k, { code, note }] of plan.entries()) {
        // Spread over the year so far, oldest first.
        const at = new Date(from.getTime() + ((now.getTime() - from.getTime()) * (k + 1)) / (plan.length + 2));
        const rule = rules.get(code)!;
        await openTally(m, userId, code, year);
        const causeId = Number((await m.insert(PointAward, { memberId: member.id, ruleCode: code, note, awardedBy: admin.id, createdAt: at })).identifiers[0].id);
        await awardPoints(m, { userId, delta: rule.points, reason: `${rule.label}：${note}`, sourceType: 'award', sourceId: causeId, ruleCode: code, organizationId: org.id, organizationPath: org.path, createdAt: at });
      }
    }
    // One entry entered twice by mistake, corrected by an opposite entry with the reason.
    const member = await m.findOneByOrFail(PartyMember, { organizationId: org.id, name: '党员4号' });
    const wrong = await m.findOneOrFail(PointEntry, { where: { userId: member.userId!, ruleCode: 'volunteer_hours' }, order: { id: 'DESC' } });
    await m.insert(PointEntry, { ...wrong, id: undefined, delta: -wrong.delta, reason: '更正：同一次志愿服务重复登记', sourceType: 'correction', sourceId: wrong.id, createdAt: new Date(wrong.createdAt.getTime() + 86_400_000), updatedAt: undefined });
    await m.decrement(PointTally, { userId: wrong.userId, ruleCode: 'volunteer_hours', year }, 'used', Math.abs(wrong.delta));
  });
}
