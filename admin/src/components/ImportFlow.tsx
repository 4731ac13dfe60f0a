import { useState, type ReactNode } from 'react';
import { ProCard } from '@ant-design/pro-components';
import { Alert, App, Button, Col, Result, Row, Space, Statistic, Steps, Table, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { ApiError } from '../lib/api';

/** What every Excel import answers (the imports module's and the question bank's): counts, and each bad row. */
export interface ImportOutcome {
  rows: number;
  created: number;
  /** Imports that update rows in place say how many; the others have none. */
  updated?: number;
  unchanged: number;
  errors: { row: number; column: string; message: string }[];
}
type ImportError = ImportOutcome['errors'][number];
const STEPS = [{ title: '下载模板' }, { title: '上传检查' }, { title: '确认导入' }, { title: '完成' }];

function Counts({ result, would }: { result: ImportOutcome; would?: boolean }) {
  const label = (s: string) => (would ? `将${s}记录` : `${s}记录`);
  const span = result.updated === undefined ? 8 : 6;
  return (
    <Row gutter={24} data-testid="import-counts">
      <Col span={span}><Statistic title="总行数" value={result.rows} /></Col>
      <Col span={span}><Statistic title={label('新增')} value={result.created} valueStyle={{ color: '#389e0d' }} /></Col>
      {result.updated !== undefined && <Col span={span}><Statistic title={label('更新')} value={result.updated} valueStyle={{ color: '#d46b08' }} /></Col>}
      <Col span={span}><Statistic title="未变化记录" value={result.unchanged} /></Col>
    </Row>
  );
}

interface Props {
  label: string;
  hint: string;
  template: () => void;
  /** A dry run changes nothing and lists every bad row; the real run lands the whole file or nothing. */
  run: (file: File, dryRun: boolean) => Promise<ImportOutcome>;
  /** Buttons beside 继续导入 once done (e.g. where to go next). */
  doneActions?: ReactNode[];
  onDone?: () => void;
}

/** One Excel import: template → upload and dry run (every bad row listed) → 确认导入 → what it did. */
export function ImportFlow({ label, hint, template, run, doneActions = [], onDone }: Props) {
  const { message } = App.useApp();
  const [file, setFile] = useState<File>();
  const [busy, setBusy] = useState(false);
  const [dry, setDry] = useState<ImportOutcome>();
  const [done, setDone] = useState<ImportOutcome>();
  const [failure, setFailure] = useState<string>();

  async function check(f: File) {
    setFile(f);
    setDry(undefined);
    setFailure(undefined);
    setBusy(true);
    try {
      setDry(await run(f, true));
    } catch (e) {
      setFailure(e instanceof ApiError ? e.message : '检查失败，请重试');
    } finally {
      setBusy(false);
    }
  }
  async function confirm() {
    if (!file) return;
    setBusy(true);
    try {
      const result = await run(file, false);
      setDone(result);
      message.success(`${label}导入完成`);
      onDone?.();
    } catch (e) {
      // 422: the file changed meaning since the dry run (someone else imported first): check it again.
      if (e instanceof ApiError && e.status === 422) await check(file);
      else setFailure(e instanceof ApiError ? e.message : '导入失败，请重试');
    } finally {
      setBusy(false);
    }
  }

  const reset = () => {
    setFile(undefined);
    setDry(undefined);
    setDone(undefined);
    setFailure(undefined);
  };

  const step = done ? 3 : dry && !dry.errors.length ? 2 : file ? 1 : 0;
  if (done)
    return (
      <ProCard>
        <Steps current={3} items={STEPS} style={{ marginBottom: 32 }} />
        <Result
          status="success"
          title={`${label}导入完成`}
          subTitle={`文件 ${file?.name ?? ''} 的 ${done.rows} 行已全部导入`}
          extra={[...doneActions, <Button key="again" onClick={reset}>继续导入</Button>]}
        >
          <Counts result={done} />
        </Result>
      </ProCard>
    );
  const errorColumns = [
    { title: '行号', dataIndex: 'row', width: 90 },
    { title: '列', dataIndex: 'column', width: 180 },
    { title: '问题', dataIndex: 'message' },
  ];
  return (
    <ProCard>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <Steps current={step} items={STEPS} style={{ marginBottom: 16 }} />
        <Alert
          type="info"
          showIcon
          message={`${label}：${hint}`}
          description="请使用下载的模板填写。上传后先检查全部行，有错误的行会逐条列出，不写入任何数据；同一文件重复导入不会产生重复记录。"
          action={<Button icon={<DownloadOutlined />} onClick={template}>下载模板</Button>}
        />
        <Upload.Dragger
          accept=".xlsx"
          maxCount={1}
          showUploadList={false}
          disabled={busy}
          beforeUpload={(f) => {
            check(f);
            return false;
          }}
        >
          <p className="ant-upload-drag-icon"><InboxOutlined /></p>
          <p className="ant-upload-text">{file ? `已选择 ${file.name}，点击或拖入可换一个文件` : `点击或拖入填好的${label} .xlsx 文件`}</p>
          <p className="ant-upload-hint">先检查，不会立即导入</p>
        </Upload.Dragger>
        {busy && <Alert type="info" message="正在处理文件…" />}
        {failure && <Alert type="error" showIcon message="文件无法导入" description={failure} />}
        {dry && dry.errors.length > 0 && (
          <>
            <Alert type="error" showIcon message={`检查未通过：共 ${dry.rows} 行，发现 ${dry.errors.length} 处错误`} description="请在文件中改正以下各处后重新上传；本次没有写入任何数据。" />
            <Table<ImportError> rowKey={(e) => `${e.row}-${e.column}-${e.message}`} size="small" columns={errorColumns} dataSource={dry.errors} pagination={{ pageSize: 10, hideOnSinglePage: true }} data-testid="import-errors" />
          </>
        )}
        {dry && dry.errors.length === 0 && (
          <>
            <Alert type="success" showIcon message={`检查通过：共 ${dry.rows} 行，没有错误`} description="确认后全部写入；任何一行失败则整体不导入。" />
            <Counts result={dry} would />
            <Space>
              <Button type="primary" loading={busy} onClick={confirm}>确认导入</Button>
              <Button onClick={reset}>取消</Button>
            </Space>
          </>
        )}
      </Space>
    </ProCard>
  );
}
