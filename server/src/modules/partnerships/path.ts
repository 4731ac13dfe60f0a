/** The nearest organisation over both paths (`/1/4/9/` and `/1/5/12/` → `/1/`): a pair belongs to both sides. */
export function commonPath(a: string, b: string): string {
  const sa = a.split('/').filter(Boolean);
  const sb = b.split('/').filter(Boolean);
  let n = 0;
  while (n < sa.length && sa[n] === sb[n]) n++;
  return `/${sa.slice(0, n).map((s) => `${s}/`).join('')}`;
}
