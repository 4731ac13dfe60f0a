import type { EntityManager } from 'typeorm';
import type { Deps } from '../../deps';
import { monthOf, periodRange, quarterAt, shanghaiTime, shiftPeriod, yearOf } from '../../core/time';
import { inTransaction } from '../../db/transaction';
import { User } from '../auth';
import { Community, Organization, Street } from '../orgs';
import { ContactPoint, OrganizationRating, ResponsibilityTask, SchedulingMeeting, SupervisionVisit, TaskList } from './entities';

const DAY = 24 * 3600_000;

/**
 * Demo data relative to the clock: the street's and 城阳村's 责任清单 for this year (城阳村 has one
 * task overdue), last year's ratings of 城阳街道's communities with 东田社区 weak and its rectification
 * open, the street secretary's contact points 城阳村 (visited this quarter) and 小北曲 (not yet), and
 * the street's monthly 调度 meetings of the last three months.
 */
export async function seedResponsibility(deps: Deps): Promise<void> {
  const m = deps.db.manager;
  const street = await m.findOneBy(Street, { name: '城阳街道' });
  if (!street || (await m.existsBy(TaskList, {}))) return;
  const admin = await m.findOneByOrFail(User, { openid: 'o_demo_street_admin' });
  const now = deps.clock.now();
  await inTransaction(deps.db, async (tx) => {
    const streetOrg = await tx.findOneByOrFail(Organization, { id: street.organizationId });
    const communities = await tx.find(Community, { where: { streetId: street.id }, order: { id: 'ASC' } });
    const orgOf = async (name: string) => tx.findOneByOrFail(Organization, { id: communities.find((c) => c.name === name)!.organizationId });
    const year = yearOf(now);
    const streetTasks = await seedList(tx, streetOrg, year, `${year}年城阳街道党建责任清单`, admin.id, [
      ['每月召开党建专题调度会议', '街道党工委书记', 300, 'open'],
      ['与社区党组织签订党建工作目标责任书', '街道党建办', -40, 'done'],
    ], now);
    const home = await seedList(tx, await orgOf('城阳村社区'), year, `${year}年城阳村社区党建责任清单`, admin.id, [
      ['落实“三会一课”制度，按月召开支委会', '社区党委书记', 200, 'open'],
      ['完成党员信息采集和名册更新', '社区党务工作者', -10, 'open'],
      ['开展“两严一优”教育活动', '社区党委书记', -30, 'done'],
    ], now);

    // Last year's ratings by the street: 东田社区 weak, its rectification open with two of three tasks open.
    const rated = year - 1;
    for (const [i, c] of communities.entries()) {
      const org = await tx.findOneByOrFail(Organization, { id: c.organizationId });
      const level = c.name === '东田社区' ? 'weak' : i % 7 === 0 ? 'advanced' : i % 5 === 0 ? 'average' : 'good';
      const reason = level === 'weak' ? '班子凝聚力不强，组织生活不规范，党员作用发挥不明显' : level === 'advanced' ? '党建工作扎实，阳光公开规范' : '完成年度党建目标任务';
      const rating = await tx.save(tx.create(OrganizationRating, { organizationId: org.id, organizationPath: org.path, year: rated, level, reason, ratedById: admin.id, createdAt: now }));
      if (level !== 'weak') continue;
      await tx.update(Organization, { id: org.id }, { rating: 'weak' });
      const list = await tx.save(tx.create(TaskList, { organizationId: org.id, organizationPath: org.path, year: rated, kind: 'rectification', title: `${rated}年软弱涣散党组织整顿`, ratingId: rating.id, createdById: admin.id }));
      await seedTasks(tx, list, [
        ['调整充实社区党组织班子', '街道包片领导', 20, 'done'],
        ['规范“三会一课”和组织生活', '社区党委书记', 45, 'open'],
        ['建立党员联系群众制度', '社区党委书记', 60, 'open'],
      ], now);
    }

    // 联系点: the street secretary's two communities; 城阳村 visited this quarter, 小北曲 not yet.
    const quarterStart = periodRange(quarterAt(now)).from;
    for (const name of ['城阳村社区', '小北曲社区']) {
      const c = communities.find((x) => x.name === name)!;
      const point = await tx.save(tx.create(ContactPoint, { userId: admin.id, communityId: c.id, organizationPath: (await orgOf(name)).path, assignedById: admin.id }));
      if (name !== '城阳村社区') continue;
      const visitedAt = new Date(Math.max(quarterStart.getTime(), now.getTime() - 3 * DAY));
      await tx.insert(SupervisionVisit, { contactPointId: point.id, visitedAt, subject: '督导“三会一课”落实和组织生活会整改', followUps: '补齐支委会会议记录；下月前完成党员名册更新', recordedById: admin.id });
    }

    // 调度: the 9th of each of the last three months (each one once a month), reviewing the lists' tasks.
    for (let back = 3; back >= 1; back--) {
      const month = shiftPeriod(monthOf(now), -back);
      const [y, mo] = month.split('-').map(Number);
      await tx.insert(SchedulingMeeting, {
        organizationId: streetOrg.id, organizationPath: streetOrg.path, month, heldAt: shanghaiTime(y, mo, 9, 9), title: `${mo}月党建专题调度会议`,
        decisions: '听取各社区责任清单推进情况；对逾期任务明确责任人和整改时限。', reviewedTaskIds: [...streetTasks, ...home], recordedById: admin.id,
      });
    }
  });
}

type TaskSpec = [title: string, owner: string, dueInDays: number, status: 'open' | 'done'];

async function seedList(m: EntityManager, org: Organization, year: number, title: string, createdById: number, tasks: TaskSpec[], now: Date) {
  const list = await m.save(m.create(TaskList, { organizationId: org.id, organizationPath: org.path, year, kind: 'responsibility', title, createdById }));
  return seedTasks(m, list, tasks, now);
}

async function seedTasks(m: EntityManager, list: TaskList, tasks: TaskSpec[], now: Date) {
  const ids: number[] = [];
  for (const [title, owner, dueInDays, status] of tasks) {
    const dueAt = new Date(now.getTime() + dueInDays * DAY);
    const done = status === 'done';
    const task = await m.save(
      m.create(ResponsibilityTask, {
        taskListId: list.id, organizationId: list.organizationId, organizationPath: list.organizationPath, title, owner, dueAt, status,
        doneAt: done ? new Date(dueAt.getTime() - 2 * DAY) : null, progress: done ? '已按期完成' : null, evidenceFileIds: [],
      }),
    );
    ids.push(task.id);
  }
  return ids;
}
