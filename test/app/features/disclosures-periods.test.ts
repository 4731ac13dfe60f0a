import { fenToYuan, yuanToFen } from '../../../src/features/disclosures/money';
import { periodLabel, periodOptions } from '../../../src/features/disclosures/periods';

describe('amounts typed in yuan', () => {
  it.each([
    ['0', 0],
    ['12', 1200],
    ['12.5', 1250],
    ['12.05', 1205],
    ['125000.50', 12500050],
    [' 7. ', 700],
  ])('%j is %d fen', (text, fen) => expect(yuanToFen(text)).toBe(fen));

  it.each(['', '-1', '1.234', '1,000', 'abc', '1e3'])('refuses %j', (text) => expect(yuanToFen(text)).toBeNull());

  it('shows fen back as an editable amount', () => {
    expect(fenToYuan(12500050)).toBe('125000.50');
    expect(fenToYuan(5)).toBe('0.05');
    expect(yuanToFen(fenToYuan(987654321))).toBe(987654321);
  });
});

describe('periods', () => {
  it('labels a year, a quarter and a month in Chinese', () => {
    expect(periodLabel('2025')).toBe('2025年');
    expect(periodLabel('2025-Q3')).toBe('2025年第三季度');
    expect(periodLabel('2025-03')).toBe('2025年3月');
  });

  it('offers this year and last, newest first, nothing in the future (Shanghai time)', () => {
    // 2026-04-30T17:00Z is already 1 May in Shanghai.
    const values = periodOptions(new Date('2026-04-30T17:00:00Z')).map((o) => o.value);
    expect(values.slice(0, 5)).toEqual([undefined, '2026', '2026-Q2', '2026-Q1', '2026-05']);
    expect(values).not.toContain('2026-06');
    expect(values).toContain('2025-Q4');
    expect(values).toContain('2025-01');
    expect(values.filter((v) => v?.startsWith('2025'))).toHaveLength(1 + 4 + 12);
  });
});
