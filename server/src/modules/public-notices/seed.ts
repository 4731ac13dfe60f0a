import type { Deps } from '../../deps';
import { inTransaction } from '../../db/transaction';
import { User } from '../auth';
import { Organization } from '../orgs';
import { Objection, PublicNotice } from './entities';

const DAY = 24 * 3600_000;

/**
 * A running 公示 of 城阳村社区 (relative to the clock: from two days ago to five days on) with one
 * objection, answered and not upheld: the whole record a resident can read.
 */
export async function seedPublicNotices(deps: Deps): Promise<void> {
  const db = deps.db.manager;
  const org = await db.findOneBy(Organization, { name: '城阳村社区党委' });
  if (!org || (await db.existsBy(PublicNotice, {}))) return;
  const admin = await db.findOneByOrFail(User, { openid: 'o_demo_community_admin' });
  const resident = await db.findOneBy(User, { openid: 'o_demo_voter_1' }) ?? await db.findOneByOrFail(User, { openid: 'o_demo_member' });
  const now = deps.clock.now().getTime();
  await inTransaction(deps.db, async (m) => {
    const notice = await m.save(m.create(PublicNotice, {
      organizationId: org.id, title: '城阳村社区集体闲置厂房租赁结果公示',
      body: '经村“两委”联席会议研究、村民代表会议表决，集体闲置厂房（村西 2 号）按公开竞价结果出租给最高报价人，租期三年，年租金 12.6 万元。公示期内如有异议，请在线提出。',
      items: [], startsAt: new Date(now - 2 * DAY), endsAt: new Date(now + 5 * DAY), subjectType: null, subjectId: null, createdById: admin.id, createdAt: new Date(now - 2 * DAY),
    }));
    await m.insert(Objection, {
      noticeId: notice.id, userId: resident.id, content: '竞价是什么时候举行的？我们没有看到通知。', itemKey: null, status: 'visible', createdAt: new Date(now - DAY),
      reply: '竞价公告于上月 5 日在村务公开栏和本平台同时发布，竞价会有 3 户参加，记录可到村委会查阅。', upheld: false, repliedAt: new Date(now - DAY / 2), repliedById: admin.id,
    });
  });
}
