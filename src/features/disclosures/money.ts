/** Yuan as typed ("1234.5") to integer fen, without floating-point rounding; null when it is not an amount. */
export function yuanToFen(text: string): number | null {
  const m = /^(\d{1,10})(?:\.(\d{0,2}))?$/.exec(text.trim());
  return m ? Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0')) : null;
}

/** Integer fen to yuan as an editor shows it: 123450 → "1234.50" (no separators, so it can be edited). */
export const fenToYuan = (fen: number): string => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
