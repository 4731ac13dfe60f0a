import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import Card from '../../../components/Card';
import Cell from '../../../components/Cell';
import PagedList from '../../../components/PagedList';
import PageShell from '../../../components/PageShell';
import StatusTag from '../../../components/StatusTag';
import { formatDate } from '../../../lib/format';
import { openPage } from '../../../lib/routes';
import { periodLabel } from '../../../features/disclosures/periods';
import { ANSWER_TEXT, COMPLIANCE_TEXT, useFigureRows, type Figure, type FigureRow } from '../../../features/transparency/api';

const CATEGORY = { party: '党务公开', affairs: '居务公开', finance: '财务公开' } as const;
const TONE = { on_time: 'success', late: 'warning', missing: 'danger', not_due: 'neutral', overdue: 'danger', open: 'info' } as const;

function Row({ row }: { row: FigureRow }) {
  if (row.kind === 'disclosure_period')
    return <Cell title={`${periodLabel(row.period)} ${CATEGORY[row.category]} · ${row.subCategoryLabel}`} description={`应于 ${formatDate(row.dueAt)} 前公开${row.publishedAt ? ` · ${formatDate(row.publishedAt)} 公开` : ''}`} value={<StatusTag tone={TONE[row.status]} label={COMPLIANCE_TEXT[row.status]} />} />;
  if (row.kind === 'major')
    return (
      <Cell title={row.title} description={`${row.matterDate ? `事项发生于 ${row.matterDate} · ` : ''}${formatDate(row.publishedAt)} 公开${row.daysToPublish === null ? '' : ` · 用时 ${row.daysToPublish} 天`}`}
        value={<StatusTag tone='brand' label='重大事项' />} onClick={() => openPage('disclosure', { id: row.id })} />
    );
  const title = row.kind === 'question' ? '对公开的提问' : row.title ?? '不公开的来信';
  const description = `${formatDate(row.createdAt)} · 应于 ${formatDate(row.dueAt)} 前答复${row.repliedAt ? ` · ${formatDate(row.repliedAt)} 答复` : ''}${row.satisfied === null ? '' : row.satisfied ? ' · 满意' : ' · 不满意'}`;
  const opens = row.kind === 'question' && row.disclosureId ? () => openPage('disclosure', { id: row.disclosureId }) : undefined;
  return <Cell title={title} description={description} value={<StatusTag tone={TONE[row.state]} label={ANSWER_TEXT[row.state]} />} onClick={opens} />;
}

/** The rows behind one figure of the 公开档案: what the number counts, one by one. */
export default function RecordRows() {
  const { communityId, figure, title } = useRouter().params;
  const list = useFigureRows(Number(communityId), figure as Figure);
  return (
    <PageShell>
      <View className='record-rows__title'>
        <Card title={`${decodeURIComponent(title ?? '')} · 共 ${list.total} 条`} flush>
          <PagedList list={list} keyOf={(r) => (r.kind === 'disclosure_period' ? `${r.period}-${r.subCategory}` : `${r.kind}-${r.id}`)} emptyTitle='没有记录' renderItem={(r) => <Row row={r} />} />
        </Card>
      </View>
    </PageShell>
  );
}
