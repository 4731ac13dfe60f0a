import type { Deps } from '../../deps';
import { formatShanghai } from '../../core/time';
import { subscribeOutcome } from '../../wechat/client';
import { User } from '../auth';
import { Letter } from './entities';

const BATCH = 50;
/** WeChat `thing` fields hold at most 20 characters. */
export const thing = (s: string) => ({ value: s.length > 20 ? `${s.slice(0, 19)}…` : s });
export const LETTERS_PAGE = 'packages/letters/pages/mine';

/**
 * The reply notice job, run by every server process: a writer who allowed it hears of the reply once.
 * Each letter is claimed (pending → sending, a conditional UPDATE) before it is sent, so two
 * processes never both send it; a refusal (43101) is kept and not retried.
 */
export async function sendReplyNotices(deps: Deps): Promise<number> {
  const db = deps.db.manager;
  const due = await db
    .createQueryBuilder(Letter, 'l')
    .innerJoin(User, 'u', 'u.id = l.userId')
    .select(['l.id AS id', 'l.title AS title', 'l.repliedAt AS repliedAt', 'u.openid AS openid'])
    .where("l.replyNotice = 'pending' AND l.repliedAt IS NOT NULL")
    .orderBy('l.repliedAt', 'ASC')
    .limit(BATCH)
    .getRawMany<{ id: number; title: string; repliedAt: Date | string; openid: string }>();
  let sent = 0;
  for (const l of due) {
    const claimed = await db.update(Letter, { id: l.id, replyNotice: 'pending' }, { replyNotice: 'sending' });
    if (!claimed.affected) continue;
    let errcode: number | null = null;
    try {
      const repliedAt = l.repliedAt instanceof Date ? l.repliedAt : new Date(`${String(l.repliedAt).replace(' ', 'T')}Z`);
      errcode = await deps.wechat.sendSubscribeMessage({
        touser: l.openid,
        template_id: deps.config.templates.reply,
        page: `${LETTERS_PAGE}?id=${l.id}`,
        data: { thing1: thing(l.title), time2: { value: formatShanghai(repliedAt, 'yyyy/M/d HH:mm') }, thing3: thing('您的来信已答复，请查看并评价') },
      });
    } catch (err) {
      deps.log.warn({ err, letter: l.id }, 'subscribe message failed');
    }
    await db.update(Letter, { id: l.id }, { replyNotice: subscribeOutcome(errcode) });
    if (errcode === 0) sent++;
  }
  return sent;
}
