import ExcelJS from 'exceljs';
import { Invalid } from '../../errors';

/** One import kind's sheet: its columns (the template's header row, in order). */
export interface SheetSpec {
  title: string;
  columns: { header: string; width: number; note: string }[];
}

/** The template: the header row, each column with a note saying what goes in it. */
export async function templateOf(spec: SheetSpec): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(spec.title);
  ws.columns = spec.columns.map((c) => ({ header: c.header, width: c.width }));
  spec.columns.forEach((c, i) => (ws.getRow(1).getCell(i + 1).note = c.note));
  ws.getRow(1).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export type Cell = string | null;
export type Rows = { row: number; cells: Cell[] }[];
export interface ImportError { row: number; column: string; message: string }
/** What one kind's importer answers; on any error the caller rolls everything back. */
export interface ImportCounts { created: number; updated: number; unchanged: number; errors: ImportError[] }

/** The data rows of the first sheet, each with its row number in the file, cells as trimmed text (dates as YYYY-MM-DD). */
export async function readRows(file: Buffer, spec: SheetSpec): Promise<{ row: number; cells: Cell[] }[]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(file as unknown as ArrayBuffer);
  } catch {
    throw new Invalid('无法读取文件，请上传 .xlsx 格式的 Excel 文件', [{ in: 'body', field: 'file', message: 'not an xlsx workbook' }], 'INVALID_FILE');
  }
  const ws = wb.worksheets[0];
  const headers = spec.columns.map((_, i) => text(ws?.getRow(1).getCell(i + 1).value));
  if (!ws || spec.columns.some((c, i) => headers[i] !== c.header))
    throw new Invalid(`表头应为：${spec.columns.map((c) => c.header).join('、')}（请使用下载的模板）`, [{ in: 'body', field: 'file', message: 'headers do not match the template' }], 'INVALID_TEMPLATE');
  const rows: { row: number; cells: Cell[] }[] = [];
  ws.eachRow((r, n) => {
    if (n === 1) return;
    const cells = spec.columns.map((_, i) => text(r.getCell(i + 1).value));
    if (cells.some((c) => c !== null)) rows.push({ row: n, cells });
  });
  return rows;
}

function text(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return text(v.richText.map((t) => t.text).join(''));
    if ('result' in v) return text(v.result as ExcelJS.CellValue);
    if ('text' in v) return text(v.text as string);
  }
  const s = String(v).trim();
  return s === '' ? null : s;
}
