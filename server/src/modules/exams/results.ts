import ExcelJS from 'exceljs';
import type { EntityManager, SelectQueryBuilder } from 'typeorm';
import type { Actor } from '../../core/actor';
import { page } from '../../core/paging';
import { getOrThrow } from '../../errors';
import { PartyMember } from '../members';
import { Organization, organizationPath } from '../orgs';
import { Exam, ExamAttempt } from './entities';
import { examPolicy } from './policy';
import type { ResultsInput } from './schemas';

/**
 * The exam's audience within an organisation the admin covers (default the exam's own): members of
 * both subtrees, under `maxAge` by the roll, each joined to whether they attempted and passed.
 */
async function audience(db: EntityManager, actor: Actor, examId: number, organizationId: number | undefined) {
  const exam = getOrThrow(await db.findOneBy(Exam, { id: examId }), '考试');
  const orgId = organizationId ?? exam.organizationId;
  const orgPath = await examPolicy.results(db, actor, { organizationId: orgId });
  const examPath = await organizationPath(db, exam.organizationId);
  const qb = db
    .createQueryBuilder(PartyMember, 'm')
    .innerJoin(Organization, 'o', 'o.id = m.organizationId')
    .leftJoin(
      (sub: SelectQueryBuilder<ExamAttempt>) =>
        sub.select('x.memberId', 'memberId').addSelect('MAX(CASE WHEN x.passed THEN 1 ELSE 0 END)', 'passed').from(ExamAttempt, 'x').where('x.examId = :examId').groupBy('x.memberId'),
      'a',
      'a.memberId = m.id',
    )
    .where('o.path LIKE :orgPath AND o.path LIKE :examPath', { orgPath: `${orgPath}%`, examPath: `${examPath}%`, examId });
  if (exam.minBirthYear !== null) qb.andWhere('(m.birthYear IS NULL OR m.birthYear >= :minBirthYear)', { minBirthYear: exam.minBirthYear });
  return { exam, orgId, qb };
}

const FIGURES = ['COUNT(*) AS required', 'COUNT(a.memberId) AS attempted', 'COALESCE(SUM(a.passed), 0) AS passed'];
type RawFigures = { required: string | number; attempted: string | number; passed: string | number };
const figures = (r: RawFigures | undefined) => ({ required: Number(r?.required ?? 0), attempted: Number(r?.attempted ?? 0), passed: Number(r?.passed ?? 0) });

/** Per organisation (each member counted where the roll lists them): required, attempted, passed; and the totals. */
export async function examResults(db: EntityManager, actor: Actor, examId: number, organizationId?: number) {
  const { orgId, qb } = await audience(db, actor, examId, organizationId);
  const total = await qb.clone().select(FIGURES).getRawOne<RawFigures>();
  const rows = await qb
    .clone()
    .select(['o.id AS organizationId', 'o.name AS name', ...FIGURES])
    .groupBy('o.id')
    .addGroupBy('o.name')
    .addGroupBy('o.path')
    .orderBy('o.path', 'ASC')
    .getRawMany<RawFigures & { organizationId: number; name: string }>();
  return { examId, organizationId: orgId, ...figures(total), organizations: rows.map((r) => ({ organizationId: Number(r.organizationId), name: r.name, ...figures(r) })) };
}

/** Who still must sit it: the audience without an attempt, by organisation. Names are for the admins of their scope. */
export async function pendingMembers(db: EntityManager, actor: Actor, examId: number, q: ResultsInput) {
  const { qb } = await audience(db, actor, examId, q.organizationId);
  qb.andWhere('a.memberId IS NULL');
  const total = await qb.clone().getCount();
  const rows = await qb
    .select(['m.id AS memberId', 'm.name AS name', 'o.id AS organizationId', 'o.name AS organizationName', 'm.birthYear AS birthYear'])
    .orderBy('o.path', 'ASC')
    .addOrderBy('m.id', 'ASC')
    .offset((q.page - 1) * q.pageSize)
    .limit(q.pageSize)
    .getRawMany<{ memberId: number; name: string; organizationId: number; organizationName: string; birthYear: number | null }>();
  const items = rows.map((r) => ({ memberId: Number(r.memberId), name: r.name, organizationId: Number(r.organizationId), organizationName: r.organizationName, birthYear: r.birthYear === null ? null : Number(r.birthYear) }));
  return page(items, total, q);
}

/** The results as a workbook: one sheet per organisation's figures, one of who still must sit it. */
export async function exportResults(db: EntityManager, actor: Actor, examId: number, organizationId?: number) {
  const results = await examResults(db, actor, examId, organizationId);
  const exam = await db.findOneByOrFail(Exam, { id: examId });
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('各组织情况');
  sheet.columns = [{ header: '组织', width: 30 }, { header: '应考', width: 10 }, { header: '参考', width: 10 }, { header: '合格', width: 10 }];
  for (const o of results.organizations) sheet.addRow([o.name, o.required, o.attempted, o.passed]);
  sheet.addRow(['合计', results.required, results.attempted, results.passed]).font = { bold: true };
  const pending = wb.addWorksheet('未参考名单');
  pending.columns = [{ header: '姓名', width: 12 }, { header: '组织', width: 30 }, { header: '出生年份', width: 10 }];
  for (let p = 1; ; p++) {
    const batch = await pendingMembers(db, actor, examId, { organizationId, page: p, pageSize: 100 });
    for (const m of batch.items) pending.addRow([m.name, m.organizationName, m.birthYear ?? '']);
    if (p * 100 >= batch.total) break;
  }
  [sheet, pending].forEach((s) => (s.getRow(1).font = { bold: true }));
  return { title: exam.title, file: Buffer.from(await wb.xlsx.writeBuffer()) };
}
