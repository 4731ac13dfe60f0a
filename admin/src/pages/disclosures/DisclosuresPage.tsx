import { PageContainer } from '@ant-design/pro-components';
import { useSearchParams } from 'react-router-dom';
import { ComplianceMatrix } from './ComplianceMatrix';
import { DisclosureTable } from './DisclosureTable';
import { FinanceEditor } from './FinanceEditor';
import { QuestionsDesk } from './QuestionsDesk';

const TABS = [
  { key: 'list', tab: '公开记录' },
  { key: 'finance', tab: '财务编辑' },
  { key: 'questions', tab: '群众提问' },
  { key: 'compliance', tab: '按时公开情况' },
];

/** 三务公开: the records, the finance editor, the questions desk and the compliance matrix, as tabs in the URL. */
export default function DisclosuresPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'list';
  return (
    <PageContainer title="三务公开" tabList={TABS} tabActiveKey={tab} onTabChange={(key) => setParams({ tab: key })}>
      {tab === 'list' && <DisclosureTable onEdit={(id) => setParams({ tab: 'finance', edit: String(id) })} />}
      {tab === 'finance' && <FinanceEditor key={params.get('edit') ?? 'new'} editId={Number(params.get('edit')) || undefined} onSaved={() => setParams({ tab: 'list', status: 'draft' })} />}
      {tab === 'questions' && <QuestionsDesk />}
      {tab === 'compliance' && <ComplianceMatrix />}
    </PageContainer>
  );
}
