import { useNavigate, useSearchParams } from 'react-router-dom';
import { PageContainer } from '@ant-design/pro-components';
import { Button } from 'antd';
import { ImportFlow } from '../../components/ImportFlow';
import { IMPORT_KINDS, runImport, template } from '../../features/imports/api';

/** 数据导入: each kind's Excel import as a tab (the tab in the URL). */
export default function ImportsPage() {
  const [params, setParams] = useSearchParams();
  const navigate = useNavigate();
  const current = IMPORT_KINDS.find((k) => k.kind === params.get('kind')) ?? IMPORT_KINDS[0];
  const { kind, label, hint } = current;
  return (
    <PageContainer title="数据导入" tabList={IMPORT_KINDS.map((k) => ({ key: k.kind, tab: k.label }))} tabActiveKey={kind} onTabChange={(k) => setParams({ kind: k })}>
      <ImportFlow
        key={kind}
        label={label}
        hint={hint}
        template={() => template(kind, label)}
        run={(file, dryRun) => runImport(kind, file, dryRun)}
        doneActions={kind === 'finance' ? [<Button key="publish" type="primary" onClick={() => navigate('/disclosures?tab=list&status=draft')}>去发布草稿</Button>] : []}
      />
    </PageContainer>
  );
}
