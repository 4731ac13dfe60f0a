import { addDays } from 'date-fns';
import { yearOf, yearRange } from '../../core/time';
import type { Deps } from '../../deps';
import { inTransaction } from '../../db/transaction';
import { User } from '../auth';
import { Organization } from '../orgs';
import { Applicant, ApplicantPoint, ApplicantStep, DisqualifyingCondition, STAGES, type Stage } from './entities';

/** Placeholders, marked as examples: the district replaces them with its own 14 conditions (PUT …/disqualifying-conditions/:code). */
const CONDITIONS = [
  { code: 'EX01', title: '示例：无正当理由连续 3 次不参加培养教育活动（待替换为本区规定）' },
  { code: 'EX02', title: '示例：年度考察不合格（待替换为本区规定）' },
  { code: 'EX03', title: '示例：违反法律法规受到处理（待替换为本区规定）' },
];

const EVIDENCE: Record<Stage, [string, string[]]> = {
  applicant: ['递交入党申请书', ['入党申请书']],
  activist: ['支部委员会研究确定为入党积极分子', ['谈话记录', '党员推荐']],
  candidate: ['经培养考察，列为发展对象', ['培训结业', '政审材料']],
  probationary: ['支部大会表决通过，接收为预备党员', ['发展对象公示', '支部大会表决']],
  full: ['预备期满，支部大会表决通过转为正式党员', ['转正申请', '支部大会表决']],
};

/** [invented name, birth date, days since each step from the application on, this year's points entries, disqualified]. */
const PIPELINE: [string, string, number[], [number, string][], boolean?][] = [
  ['林晓禾', '2001-03-12', [25], []],
  ['韩一帆', '1996-11-02', [70], []],
  ['苏青岚', '1994-06-18', [520, 430], [[8, '参加集中学习 4 次'], [6, '社区志愿服务 12 小时'], [5, '季度考察优秀']]],
  ['郑沐阳', '1999-01-25', [470, 400], [[6, '参加集中学习 3 次'], [4, '协助组织文明实践活动']]],
  ['顾思远', '1992-08-09', [330, 250], [[5, '社区志愿服务 8 小时'], [3, '季度考察合格']]],
  ['宋可欣', '2000-05-30', [200, 120], [[2, '参加集中学习 1 次']]],
  ['魏承泽', '1990-12-14', [900, 820, 60], []],
  ['孟语桐', '1993-04-21', [1300, 1200, 760, 340], []],
  ['唐景行', '1991-09-03', [1500, 1420, 1000, 400], []],
  ['许嘉言', '1989-07-16', [2100, 2000, 1600, 1200, 820], []],
  ['蒋若川', '1997-02-08', [600, 500], [[-3, '无故缺席集中学习']], true],
];

/** The demo branch's pipeline, dated back from the clock: applicants, activists with points, a candidate, probationary (one due for conversion) and full members, one disqualified. */
export async function seedDevelopment(deps: Deps): Promise<void> {
  const db = deps.db.manager;
  if (await db.countBy(DisqualifyingCondition, {})) return;
  const org = await db.findOneByOrFail(Organization, { name: '城阳村社区党委' });
  const admin = await db.findOneByOrFail(User, { openid: 'o_demo_community_admin' });
  const now = deps.clock.now();
  const year = yearOf(now);
  const yearStart = yearRange(year).from.getTime();
  const ago = (days: number) => addDays(now, -days);
  await inTransaction(deps.db, async (m) => {
    await m.insert(DisqualifyingCondition, CONDITIONS);
    for (const [name, birthDate, days, points, disqualified] of PIPELINE) {
      const stage = STAGES[days.length - 1];
      const id = Number(
        (await m.insert(Applicant, { organizationId: org.id, organizationPath: org.path, name, birthDate, appliedAt: ago(days[0]), stage, stageAt: ago(days[days.length - 1]),
          ...(disqualified ? { disqualifiedCode: 'EX01', disqualifiedNote: '连续 3 次无故缺席集中学习，经支部委员会研究取消资格', disqualifiedAt: ago(10) } : {}) })).identifiers[0].id,
      );
      await m.insert(ApplicantStep, days.map((d, i) => ({ applicantId: id, stage: STAGES[i], at: ago(d), note: EVIDENCE[STAGES[i]][0], evidence: EVIDENCE[STAGES[i]][1], recordedById: admin.id })));
      if (points.length) {
        await m.insert(ApplicantPoint, points.map(([delta, reason], i) => ({
          applicantId: id, organizationId: org.id, year, delta, reason, recordedById: admin.id, createdAt: new Date(Math.max(yearStart, ago(100 - i * 30).getTime())),
        })));
      }
    }
  });
}
