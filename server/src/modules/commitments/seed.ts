import { yearOf, yearRange } from '../../core/time';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/transaction';
import { User } from '../auth';
import { PartyMember } from '../members';
import { Organization } from '../orgs';
import { Commitment, CommitmentFulfilment } from './entities';

/** [author openid, kind, organisation, content, what was done so far]. */
const DEMO: [string, Commitment['kind'], string, string, string[]][] = [
  ['o_demo_community_admin', 'official', '城阳村社区党委', '年内完成社区 3 处老旧路灯改造，解决居民夜间出行难；每周四下午在党群服务中心接待居民来访。',
    ['已完成文化广场、村东路两处路灯改造并通电', '每周四接待日已坚持 20 次，收集意见 36 条，办结 31 条']],
  ['o_demo_street_admin', 'official', '城阳街道党工委', '推动辖区 100% 社区建立“红色议事会”，每季度公开一次街道党建经费使用情况。',
    ['已有 11 个社区建立红色议事会', '一、二季度经费使用情况已在公开栏发布']],
  ['o_demo_member', 'member', '城阳村社区党委', '每月走访一次独居老人，帮助解决生活中的小困难；带头做好垃圾分类。',
    ['上半年走访独居老人 6 次，帮助更换灯泡、代缴水电费', '楼道垃圾分类桶已规范摆放']],
  ['o_demo_roll_1', 'member', '城阳村社区党委', '参加社区志愿服务队，全年志愿服务不少于 80 小时。', ['已累计志愿服务 64 小时']],
  ['o_demo_roll_2', 'member', '城阳村社区党委', '帮助 2 户困难家庭的孩子课后辅导。', []],
];

/** This year's commitments of 城阳村社区 and 城阳街道: officials' 履职承诺 and members' 阳光承诺, with what was done. */
export async function seedCommitments(deps: Deps): Promise<void> {
  const db = deps.db.manager;
  if (await db.countBy(Commitment, {})) return;
  const now = deps.clock.now();
  const year = yearOf(now);
  const { from } = yearRange(year);
  const at = (fraction: number) => new Date(from.getTime() + (now.getTime() - from.getTime()) * fraction);
  await inTransaction(deps.db, async (m) => {
    for (const [openid, kind, orgName, content, notes] of DEMO) {
      const user = await m.findOneByOrFail(User, { openid });
      const org = await m.findOneByOrFail(Organization, { name: orgName });
      const authorName = kind === 'member' ? (await m.findOneByOrFail(PartyMember, { userId: user.id })).name : user.nickname;
      const id = Number((await m.insert(Commitment, { authorUserId: user.id, kind, year, organizationId: org.id, organizationPath: org.path, authorName, content, createdAt: at(0.02) })).identifiers[0].id);
      if (notes.length) await m.insert(CommitmentFulfilment, notes.map((note, i) => ({ commitmentId: id, note, createdAt: at((i + 1) / (notes.length + 1)) })));
    }
  });
}
