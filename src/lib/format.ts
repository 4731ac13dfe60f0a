import { shanghaiParts } from './time';

/** Display formats. Times arrive as ISO strings and are shown in Asia/Shanghai (lib/time). */
const pad = (n: number): string => String(n).padStart(2, '0');

/** `2026-05-01` */
export const formatDate = (iso: string): string => shanghaiParts(iso).date;

/** `2026-05-01 08:30` */
export function formatDateTime(iso: string): string {
  const { date, time } = shanghaiParts(iso);
  return `${date} ${time}`;
}

/** Integer fen to yuan: 123456 → `¥1,234.56`. Integer arithmetic only, so no float rounding. */
export function formatYuan(amountFen: number): string {
  const sign = amountFen < 0 ? '-' : '';
  const fen = Math.abs(Math.round(amountFen));
  const yuan = String(Math.floor(fen / 100)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}¥${yuan}.${pad(fen % 100)}`;
}

/** `13812345678` → `138****5678`; shorter numbers keep only their last two digits. */
export function maskPhone(phone: string): string {
  const digits = phone.trim();
  if (digits.length >= 11) return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
  return digits.replace(/.(?=.{2})/g, '*');
}
