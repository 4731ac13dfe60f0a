/** Money is integer fen on the wire; the console shows yuan with two decimals. */
export const yuan = (fen: number | null | undefined) => (fen == null ? '—' : `¥${(fen / 100).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`);

const pad = (n: number) => String(n).padStart(2, '0');
/** A time in the official's browser (Shanghai for every desk here), minutes precision. */
export const dateTime = (iso: string | null | undefined) => {
  if (!iso) return '—';
  const d = new Date(iso);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
};
export const percent = (r: number | null | undefined) => (r == null ? '—' : `${Math.round(r * 1000) / 10}%`);

/** ProTable's request contract from a paged API answer. */
export const toTable = <T>(p: { items: T[]; total: number }) => ({ data: p.items, total: p.total, success: true });
