import Cell from '../../../components/Cell';
import StatusTag from '../../../components/StatusTag';
import { formatDate, formatYuan } from '../../../lib/format';
import { periodLabel } from '../periods';
import { CATEGORY_LABELS, type DisclosureSummary } from '../types';


export default function DisclosureCell({ d, onClick }: { d: DisclosureSummary; onClick: () => void }) {
  const when = d.publishedAt ? formatDate(d.publishedAt) : '草稿';
  const money = d.totals ? ` · 结余 ${formatYuan(d.totals.balanceFen)}` : '';
  const tag = d.revision > 1 ? ` · 第${d.revision}版（更正）` : '';
  // 重大事项随时公开: flagged so a resident sees at once what is not routine.
  return <Cell title={d.title} description={`${CATEGORY_LABELS[d.category]} · ${periodLabel(d.period)} · ${when}${money}${tag}`} value={d.major ? <StatusTag tone='danger' label='重大事项' /> : undefined} onClick={onClick} />;
}
