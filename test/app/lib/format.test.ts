import { formatDate, formatDateTime, formatYuan, maskPhone } from '../../../src/lib/format';

describe('formatDate / formatDateTime', () => {
  it('shows a UTC instant as the date and time in Shanghai', () => {
    expect(formatDateTime('2026-04-30T16:30:00Z')).toBe('2026-05-01 00:30');
    expect(formatDate('2026-04-30T16:30:00Z')).toBe('2026-05-01');
  });

  it('reads an offset given by the server', () => {
    expect(formatDateTime('2026-05-01T08:05:00+08:00')).toBe('2026-05-01 08:05');
  });
});

describe('formatYuan', () => {
  it('turns integer fen into yuan with thousands separators', () => {
    expect(formatYuan(123456789)).toBe('¥1,234,567.89');
    expect(formatYuan(5)).toBe('¥0.05');
    expect(formatYuan(0)).toBe('¥0.00');
  });

  it('keeps the sign of an expense', () => {
    expect(formatYuan(-1050)).toBe('-¥10.50');
  });
});

describe('maskPhone', () => {
  it('hides the middle of a mobile number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  it('hides all but the last two digits of a short number', () => {
    expect(maskPhone('12345')).toBe('***45');
  });
});
