import Cell from '../../../components/Cell';
import { formatDate, formatYuan } from '../../../lib/format';
import { periodLabel } from '../periods';
import { CATEGORY_LABELS, type DisclosureSummary } from '../types';


export default function DisclosureCell({ d, onClick }: { d: DisclosureSummary; onClick: () => void }) {
  const when = d.publishedAt ? formatDate(d.publishedAt) : '草稿';
  const money = d.totals ? ` · 结余 ${formatYuan(d.totals.balanceFen)}` : '';
  const tag = d.revision > 1 ? ` · 第${d.revision}版（更正）` : '';
  return <Cell title={d.title} description={`${CATEGORY_LABELS[d.category]} · ${periodLabel(d.period)} · ${when}${money}${tag}`} onClick={onClick} />;
}
