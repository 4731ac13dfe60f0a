import type { EntityManager } from 'typeorm';
import type { Actor } from '../../core/actor';
import type { Deps } from '../../deps';
import { page } from '../../core/paging';
import { inTransaction } from '../../db/transaction';
import { getOrThrow } from '../../errors';
import { recordAudit } from '../audit';
import { readRows, templateOf, type ImportError, type SheetSpec } from '../imports';
import { Organization, organizationPath, withinScope } from '../orgs';
import { JUDGE_OPTIONS, Question, type QuestionKind } from './entities';
import { examPolicy } from './policy';
import { presentQuestion } from './present';
import { QuestionBody, type BankInput, type QuestionInput } from './schemas';

/** What is stored for a question as written: a judge question always gets 正确 / 错误. */
const columnsOf = (q: QuestionInput) => ({ kind: q.kind, stem: q.stem, options: q.kind === 'judge' ? JUDGE_OPTIONS : q.options, answer: [...q.answer].sort((a, b) => a - b), tags: [...new Set(q.tags)] });

export async function createQuestion(deps: Deps, actor: Actor, organizationId: number, q: QuestionInput) {
  return inTransaction(deps.db, async (m) => {
    const orgPath = await examPolicy.editQuestion(m, actor, { organizationId });
    const row = await m.save(m.create(Question, { organizationId, ...columnsOf(q), createdById: actor.id }));
    await recordAudit(m, actor, { action: 'question.create', entityType: 'question', entityId: row.id, organizationPath: orgPath, after: columnsOf(q) });
    return presentQuestion(row);
  });
}

/** An edit changes the bank, not attempts under way: each attempt keeps its own copy of its paper. */
export async function updateQuestion(deps: Deps, actor: Actor, id: number, q: QuestionInput) {
  return inTransaction(deps.db, async (m) => {
    const before = getOrThrow(await m.findOneBy(Question, { id }), '题目');
    const orgPath = await examPolicy.editQuestion(m, actor, before);
    await m.update(Question, { id }, columnsOf(q));
    await recordAudit(m, actor, {
      action: 'question.update', entityType: 'question', entityId: id, organizationPath: orgPath,
      before: { kind: before.kind, stem: before.stem, options: before.options, answer: before.answer, tags: before.tags }, after: columnsOf(q),
    });
    return presentQuestion(await m.findOneByOrFail(Question, { id }));
  });
}

/** The bank questions of organisations in my scope (or of one of them), newest first. */
export async function listBank(db: EntityManager, actor: Actor, q: BankInput) {
  await examPolicy.listBank(db, actor);
  const qb = db.createQueryBuilder(Question, 'q').innerJoin(Organization, 'o', 'o.id = q.organizationId').orderBy('q.id', 'DESC');
  withinScope(qb, actor, 'o.path');
  if (q.organizationId) qb.andWhere('q.organizationId = :org', { org: q.organizationId });
  // Tags are a short JSON list: the quoted tag inside it.
  if (q.tag) qb.andWhere('q.tags LIKE :tag', { tag: `%${JSON.stringify(q.tag)}%` });
  const [rows, total] = await qb.skip((q.page - 1) * q.pageSize).take(q.pageSize).getManyAndCount();
  return page(rows.map(presentQuestion), total, q);
}

/** The questions an exam of this organisation may use: those of its own bank and of the banks above it. */
export async function reachableQuestions(db: EntityManager, ancestorPaths: string[], ids?: number[]) {
  const qb = db.createQueryBuilder(Question, 'q').innerJoin(Organization, 'o', 'o.id = q.organizationId').where('o.path IN (:...paths)', { paths: ancestorPaths });
  if (ids) qb.andWhere('q.id IN (:...ids)', { ids: ids.length ? ids : [0] });
  return qb.getMany();
}

const KINDS: Record<string, QuestionKind> = { 单选: 'single', 单选题: 'single', 多选: 'multi', 多选题: 'multi', 判断: 'judge', 判断题: 'judge' };
const LETTERS = 'ABCDEF';
const JUDGE_ANSWERS: Record<string, number> = { 正确: 0, 对: 0, '√': 0, 错误: 1, 错: 1, '×': 1 };

export const QUESTION_SHEET: SheetSpec = {
  title: '题库',
  columns: [
    { header: '题型', width: 8, note: '单选 / 多选 / 判断' },
    { header: '题干', width: 50, note: '必填，最多1000字' },
    ...[...LETTERS].map((l) => ({ header: `选项${l}`, width: 20, note: l < 'C' ? '单选、多选至少填A、B；判断题留空' : '可留空' })),
    { header: '答案', width: 10, note: '单选填一个字母如 B；多选填多个如 ACD；判断填 正确 或 错误' },
    { header: '标签', width: 20, note: '可留空；多个用逗号分隔，如 党章,党史' },
  ],
};

export const questionTemplate = (db: EntityManager, actor: Actor) => examPolicy.listBank(db, actor).then(() => templateOf(QUESTION_SHEET));

/**
 * Imports a bank sheet into an organisation's bank: every row checked (kind, options, answer), any bad
 * row and nothing is written; a dry run writes nothing either. A stem already in that bank is
 * unchanged, so the same file twice adds nothing.
 */
export async function importQuestions(deps: Deps, actor: Actor, organizationId: number, file: Buffer, dryRun: boolean) {
  const orgPath = await examPolicy.importQuestions(deps.db.manager, actor, { organizationId });
  await organizationPath(deps.db.manager, organizationId);
  const rows = await readRows(file, QUESTION_SHEET);
  const headers = QUESTION_SHEET.columns.map((c) => c.header);
  const existing = new Set((await deps.db.manager.find(Question, { where: { organizationId }, select: { id: true, stem: true } })).map((q) => q.stem));
  const errors: ImportError[] = [];
  const valid: QuestionInput[] = [];
  const seen = new Map<string, number>();
  let unchanged = 0;
  for (const { row, cells } of rows) {
    const [kindLabel, stem, ...rest] = cells;
    const options = rest.slice(0, LETTERS.length);
    const [answerText, tagText] = rest.slice(LETTERS.length);
    const fail = (column: string, message: string) => errors.push({ row, column, message });
    const kind = kindLabel ? KINDS[kindLabel] : undefined;
    if (!kind) { fail(headers[0], '题型应为：单选、多选、判断'); continue; }
    const filled = options.filter((o): o is string => !!o);
    if (kind !== 'judge' && options.slice(0, filled.length).some((o) => !o)) { fail(headers[2], '选项应从A起连续填写'); continue; }
    const answer = kind === 'judge'
      ? (answerText && answerText in JUDGE_ANSWERS ? [JUDGE_ANSWERS[answerText]] : [])
      : [...new Set((answerText ?? '').toUpperCase().replace(/[\s,，、]/g, ''))].map((l) => LETTERS.indexOf(l));
    const parsed = QuestionBody.safeParse({ kind, stem: stem ?? '', options: kind === 'judge' ? [] : filled, answer, tags: (tagText ?? '').split(/[,，、]/).map((t) => t.trim()).filter(Boolean) });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = String(issue.path[0]);
        fail(field === 'stem' ? headers[1] : field === 'options' ? headers[2] : field === 'tags' ? headers.at(-1)! : headers.at(-2)!, field === 'answer' && kind !== 'judge' && answer.some((i) => i < 0 || i >= filled.length) ? `答案只能是选项的字母 ${LETTERS.slice(0, filled.length)}` : issue.message);
      }
      continue;
    }
    if (seen.has(parsed.data.stem)) { fail(headers[1], `与第${seen.get(parsed.data.stem)}行题干重复`); continue; }
    seen.set(parsed.data.stem, row);
    if (existing.has(parsed.data.stem)) unchanged++;
    else valid.push(parsed.data);
  }
  const result = { dryRun, rows: rows.length, created: errors.length ? 0 : valid.length, unchanged, errors };
  if (dryRun || errors.length || !valid.length) return result;
  await inTransaction(deps.db, async (m) => {
    await m.insert(Question, valid.map((q) => ({ organizationId, ...columnsOf(q), createdById: actor.id })));
    await recordAudit(m, actor, { action: 'question.import', entityType: 'question', entityId: 0, organizationPath: orgPath, after: { organizationId, created: valid.length, unchanged } });
  });
  return result;
}

