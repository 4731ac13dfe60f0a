import ExcelJS from 'exceljs';
import type { EntityManager } from 'typeorm';
import { page } from '../../core/paging';
import type { Actor } from '../../core/actor';
import { userNicknames } from '../auth';
import { formatShanghai } from '../../core/time';
import { Signup } from './entities';
import type { RosterQueryInput } from './schemas';
import { manageableActivity } from './service';

/** An xlsx roster holds every sign-up; an activity with more than this is not a roster but a campaign. */
const XLSX_MAX_ROWS = 20_000;
const STATUS_LABEL = { confirmed: '已确认', waitlisted: '候补' } as const;

/**
 * The roster: confirmed sign-ups first, then the waiting list in order, with attendance. JSON is
 * paged; xlsx is the whole list as a file for the admin's records.
 */
export async function roster(db: EntityManager, actor: Actor, id: number, q: RosterQueryInput) {
  const { activity } = await manageableActivity(db, actor, id);
  const qb = db.createQueryBuilder(Signup, 's').where('s.activityId = :id', { id }).orderBy('s.status', 'ASC').addOrderBy('s.id', 'ASC');
  if (q.status) qb.andWhere('s.status = :status', { status: q.status });
  const confirmed = await db.countBy(Signup, { activityId: id, status: 'confirmed' });
  // Rows come confirmed first ('confirmed' < 'waitlisted'), so a waitlisted row's position follows from its index.
  const skipped = q.format === 'xlsx' ? 0 : (q.page - 1) * q.pageSize;
  const [rows, total] = await qb.skip(skipped).take(q.format === 'xlsx' ? XLSX_MAX_ROWS : q.pageSize).getManyAndCount();
  const names = await userNicknames(db, rows.map((s) => s.userId));
  const items = rows.map((s, i) => ({
    id: s.id,
    userId: s.userId,
    nickname: names.get(s.userId) ?? '',
    status: s.status,
    position: s.status === 'waitlisted' ? skipped + i + 1 - (q.status ? 0 : confirmed) : null,
    checkedInAt: s.checkedInAt?.toISOString() ?? null,
    createdAt: s.createdAt.toISOString(),
  }));
  if (q.format === 'json') return { kind: 'json' as const, body: { ...page(items, total, q), confirmedCount: confirmed, waitlistCount: total - confirmed } };
  return { kind: 'xlsx' as const, filename: `activity-${activity.id}-roster.xlsx`, body: await workbook(activity.title, items) };
}

async function workbook(title: string, items: { nickname: string; status: 'confirmed' | 'waitlisted'; position: number | null; createdAt: string; checkedInAt: string | null }[]) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('报名名单');
  sheet.columns = [
    { header: '序号', key: 'n', width: 6 },
    { header: '昵称', key: 'nickname', width: 20 },
    { header: '状态', key: 'status', width: 8 },
    { header: '候补位次', key: 'position', width: 10 },
    { header: '报名时间', key: 'createdAt', width: 20 },
    { header: '签到时间', key: 'checkedInAt', width: 20 },
  ];
  const local = (iso: string | null) => (iso ? formatShanghai(new Date(iso), 'yyyy/M/d HH:mm:ss') : '');
  items.forEach((s, i) =>
    sheet.addRow({ n: i + 1, nickname: s.nickname, status: STATUS_LABEL[s.status], position: s.position ?? '', createdAt: local(s.createdAt), checkedInAt: local(s.checkedInAt) }),
  );
  sheet.insertRow(1, [title]);
  return Buffer.from(await book.xlsx.writeBuffer());
}
