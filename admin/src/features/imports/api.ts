import { download, upload } from '../../lib/api';
import type { Schemas } from '../../lib/schema';

export type ImportKind = Schemas['ImportResult']['kind'];
export type ImportResult = Schemas['ImportResult'];

/** The kinds in the order a district loads them: the tree first, then who and what hangs on it. */
export const IMPORT_KINDS: { kind: ImportKind; label: string; hint: string }[] = [
  { kind: 'organizations', label: '组织架构', hint: '街道、社区和各级党组织；上级组织可在同一文件前面的行中。' },
  { kind: 'members', label: '党员名册', hint: '姓名、手机号、所属组织、入党日期、出生年份；党员认证按姓名和手机号与名册匹配。' },
  { kind: 'new-organizations', label: '两新组织', hint: '企业和社会组织、党员人数和覆盖它的党组织；应建尽建率由这些行计算。' },
  { kind: 'finance', label: '财务台账', hint: '一个月的收支明细，每个社区、月份和子类生成一份财务公开草稿，检查后在“三务公开”中发布。' },
];

export const template = (kind: ImportKind, label: string) => download(`/admin/imports/templates/${kind}`, {}, `${label}导入模板.xlsx`);
/** A dry run changes nothing and lists every bad row; the real run lands the whole file or nothing. */
export const runImport = (kind: ImportKind, file: Blob, dryRun: boolean) => upload<ImportResult>(`/admin/imports/${kind}`, file, { dryRun });
