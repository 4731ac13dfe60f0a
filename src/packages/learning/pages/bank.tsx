import { View } from '@tarojs/components';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import Cell from '../../../components/Cell';
import PageShell from '../../../components/PageShell';
import StatusTag from '../../../components/StatusTag';
import { downloadQuestionTemplate, importQuestions, useBankCount, type QuestionImportResult } from '../../../features/learning/api';
import { ApiError } from '../../../lib/api-client';
import { toastError } from '../../../lib/toast';
import { chooseDocuments, type ChosenFile } from '../../../lib/upload';
import AdminOrganization from '../../../features/orgs/components/AdminOrganization';
import './learning.scss';

const chooseXlsx = () => chooseDocuments('xlsx', '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 1);

/**
 * 题库导入 (admin): fill the Excel template, upload it for a check (a dry run: every bad row listed,
 * nothing written), then 确认导入 writes the whole file or nothing. The same file twice adds nothing.
 */
export default function BankImportPage() {
  const [organizationId, setOrganizationId] = useState<number | null>(null);
  const count = useBankCount(organizationId);
  const [file, setFile] = useState<ChosenFile>();
  const [dry, setDry] = useState<QuestionImportResult>();
  const [done, setDone] = useState<QuestionImportResult>();
  const [busy, setBusy] = useState(false);

  const run = async (f: ChosenFile, dryRun: boolean) => {
    setBusy(true);
    try {
      const result = await importQuestions(organizationId!, f, dryRun);
      if (dryRun) setDry(result);
      else {
        setDone(result);
        setDry(undefined);
        await count.reload();
      }
    } catch (error) {
      // 422: the bank changed since the check; show the rows it names.
      if (error instanceof ApiError && error.status === 422) await run(f, true);
      else toastError(error);
    } finally {
      setBusy(false);
    }
  };
  const pick = async () => {
    let files: ChosenFile[];
    try {
      files = await chooseXlsx();
    } catch {
      return;
    }
    if (!files[0]) return;
    setFile(files[0]);
    setDone(undefined);
    await run(files[0], true);
  };
  return (
    <PageShell>
      <AdminOrganization value={organizationId} onChange={setOrganizationId} />
      <Card title='题库' flush>
        <Cell title='本组织题库' value={count.data ? `${count.data.total} 题` : '—'} />
        <Cell title='下载导入模板' description='题型、题干、选项A–F、答案、标签' onClick={() => void downloadQuestionTemplate()} />
      </Card>
      <Card title='导入题目'>
        <View className='learning__meta'>上传填好的 .xlsx 文件，先检查全部行；有错误的行逐条列出，不写入任何题目。</View>
        {file && <View className='learning__meta'>已选择：{file.name ?? '题库文件'}</View>}
        <View className='learning__actions'>
          <ActionButton variant='plain' disabled={organizationId === null || busy} onClick={() => void pick()}>
            {file ? '换一个文件' : '选择文件并检查'}
          </ActionButton>
        </View>
      </Card>
      {dry && dry.errors.length > 0 && (
        <Card title={`检查未通过：${dry.errors.length} 处错误`} extra={<StatusTag tone='danger' label='未导入' />} flush>
          {dry.errors.map((e) => (
            <Cell key={`${e.row}-${e.column}-${e.message}`} title={`第 ${e.row} 行 · ${e.column}`} description={e.message} />
          ))}
        </Card>
      )}
      {dry && dry.errors.length === 0 && (
        <Card title='检查通过' extra={<StatusTag tone='success' label='可导入' />}>
          <View className='learning__body'>
            共 {dry.rows} 行：将新增 {dry.created} 题，{dry.unchanged} 题已在题库中。
          </View>
          <View className='learning__actions'>
            <ActionButton disabled={!dry.created} loading={busy} onClick={() => void run(file!, false)}>
              确认导入
            </ActionButton>
          </View>
        </Card>
      )}
      {done && (
        <Card title='导入完成' extra={<StatusTag tone='success' label='已导入' />}>
          <View className='learning__body'>
            新增 {done.created} 题，{done.unchanged} 题已在题库中。
          </View>
        </Card>
      )}
    </PageShell>
  );
}
