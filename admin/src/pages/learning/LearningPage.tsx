import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  ModalForm, PageContainer, ProForm, ProFormDateTimePicker, ProFormDependency, ProFormDigit, ProFormList, ProFormRadio, ProFormSelect, ProFormText, ProFormTextArea, ProTable,
  type ActionType, type ProColumns,
} from '@ant-design/pro-components';
import { Button, Card, Col, Drawer, Row, Space, Statistic, Table, Tag } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { ImportFlow } from '../../components/ImportFlow';
import { dateTime, toTable } from '../../lib/format';
import { OrgTreeSelect } from '../../features/orgs';
import {
  bank, createExam, deskCourses, deskExams, examResults, exportResults, importQuestions, KIND, pendingMembers, publishCourse, questionTemplate,
  type CourseSummary, type Exam, type ExamInput, type ExamResults, type PendingMember, type Question,
} from '../../features/learning/api';

const iso = (v: unknown) => dayjs(v as string).format();
const page = (p: { current?: number; pageSize?: number }) => ({ page: p.current ?? 1, pageSize: p.pageSize ?? 20 });

function Courses() {
  const action = useRef<ActionType>(undefined);
  const columns: ProColumns<CourseSummary>[] = [
    { title: '课程', dataIndex: 'title' },
    { title: '发布组织', dataIndex: 'organizationName', width: 220 },
    { title: '学习积分', dataIndex: 'points', valueType: 'digit', width: 100 },
    { title: '发布时间', dataIndex: 'createdAt', width: 160, render: (_, c) => dateTime(c.createdAt) },
  ];
  return (
    <ProTable<CourseSummary>
      rowKey="id"
      actionRef={action}
      headerTitle="流动党校课程"
      search={false}
      columns={columns}
      request={async (p) => toTable(await deskCourses(page(p)))}
      toolBarRender={() => [
        <ModalForm<{ organizationId: number; title: string; body: string; videoUrls?: string; points: number }>
          key="new"
          title="发布课程"
          width={640}
          modalProps={{ destroyOnHidden: true }}
          trigger={<Button type="primary" icon={<PlusOutlined />}>发布课程</Button>}
          initialValues={{ points: 2 }}
          onFinish={async (v) => {
            await publishCourse({ organizationId: v.organizationId, title: v.title, body: v.body, points: v.points, videoUrls: (v.videoUrls ?? '').split(/\s+/).filter(Boolean) });
            action.current?.reload();
            return true;
          }}
        >
          <ProForm.Item name="organizationId" label="面向组织（含下级）" rules={[{ required: true, message: '请选择组织' }]}>
            <OrgTreeSelect />
          </ProForm.Item>
          <ProFormText name="title" label="课程名称" rules={[{ required: true, message: '请填写课程名称' }]} />
          <ProFormTextArea name="body" label="课程内容" rules={[{ required: true, message: '请填写课程内容' }]} fieldProps={{ rows: 8 }} />
          <ProFormTextArea name="videoUrls" label="视频链接（每行一个，可留空）" rules={[{ pattern: /^(\s*https?:\/\/\S+\s*)*$/, message: '请填写以 http:// 或 https:// 开头的链接' }]} />
          <ProFormDigit name="points" label="学习积分" min={0} max={20} fieldProps={{ precision: 0 }} />
        </ModalForm>,
      ]}
    />
  );
}

function Bank() {
  const [organizationId, setOrganizationId] = useState<number>();
  const action = useRef<ActionType>(undefined);
  const columns: ProColumns<Question>[] = [
    { title: '题型', dataIndex: 'kind', width: 90, render: (_, q) => KIND[q.kind] },
    { title: '题干', dataIndex: 'stem', ellipsis: true },
    { title: '选项', dataIndex: 'options', ellipsis: true, render: (_, q) => q.options.map((o, i) => `${'ABCDEFGH'[i]}. ${o}`).join('　') },
    { title: '答案', dataIndex: 'answer', width: 90, render: (_, q) => q.answer.map((i) => 'ABCDEFGH'[i]).join('') },
    { title: '标签', dataIndex: 'tags', width: 160, render: (_, q) => q.tags.map((t) => <Tag key={t}>{t}</Tag>) },
  ];
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card size="small" title="导入到">
        <OrgTreeSelect value={organizationId} onChange={setOrganizationId} placeholder="选择题库所属组织" />
      </Card>
      {organizationId !== undefined && (
        <ImportFlow
          key={organizationId}
          label="题库"
          hint="题型（单选 / 多选 / 判断）、题干、选项A–F、答案（如 B、ACD、正确）、标签；题干已在该组织题库中的题目不会重复导入。"
          template={questionTemplate}
          run={(file, dryRun) => importQuestions(organizationId, file, dryRun)}
          onDone={() => action.current?.reload()}
        />
      )}
      <ProTable<Question>
        rowKey="id"
        actionRef={action}
        headerTitle="题库"
        search={false}
        columns={columns}
        params={{ organizationId }}
        request={async (p) => toTable(await bank({ ...page(p), organizationId: p.organizationId as number | undefined }))}
      />
    </Space>
  );
}

type ExamForm = {
  organizationId: number; title: string; mode: 'draw' | 'fixed'; draw?: { tag: string; count: number }[]; questionIds?: number[];
  durationMinutes: number; passScore: number; opensAt: string; closesAt: string; maxAge?: number;
};

function NewExam({ onDone }: { onDone: () => void }) {
  const [questions, setQuestions] = useState<Question[]>([]);
  useEffect(() => void bank({ page: 1, pageSize: 100 }).then((p) => setQuestions(p.items), () => undefined), []);
  const tags = [...new Set(questions.flatMap((q) => q.tags))];
  return (
    <ModalForm<ExamForm>
      title="新建考试"
      width={720}
      modalProps={{ destroyOnHidden: true }}
      trigger={<Button type="primary" icon={<PlusOutlined />}>新建考试</Button>}
      initialValues={{ mode: 'draw', durationMinutes: 30, passScore: 60, draw: [{ tag: tags[0], count: 5 }] }}
      onFinish={async (v) => {
        const body: ExamInput = {
          organizationId: v.organizationId, title: v.title, durationMinutes: v.durationMinutes, passScore: v.passScore, opensAt: iso(v.opensAt), closesAt: iso(v.closesAt),
          ...(v.maxAge ? { maxAge: v.maxAge } : {}), ...(v.mode === 'draw' ? { draw: v.draw ?? [] } : { questionIds: v.questionIds ?? [] }),
        };
        await createExam(body);
        onDone();
        return true;
      }}
    >
      <ProForm.Item name="organizationId" label="参考范围（组织及其下级）" rules={[{ required: true, message: '请选择组织' }]}>
        <OrgTreeSelect />
      </ProForm.Item>
      <ProFormText name="title" label="考试名称" rules={[{ required: true, message: '请填写考试名称' }]} />
      <ProFormRadio.Group name="mode" label="出题方式" options={[{ value: 'draw', label: '按标签随机抽题（每人一份）' }, { value: 'fixed', label: '固定试题' }]} />
      <ProFormDependency name={['mode']}>
        {({ mode }) =>
          mode === 'draw' ? (
            <ProFormList name="draw" label="抽题规则" creatorButtonProps={{ creatorButtonText: '添加标签' }} min={1}>
              <Space>
                <ProFormSelect name="tag" placeholder="标签" options={tags.map((t) => ({ value: t, label: t }))} rules={[{ required: true, message: '请选择标签' }]} fieldProps={{ style: { width: 180 } }} />
                <ProFormDigit name="count" placeholder="题数" min={1} max={100} fieldProps={{ precision: 0 }} rules={[{ required: true, message: '请填写题数' }]} />
              </Space>
            </ProFormList>
          ) : (
            <ProFormSelect
              name="questionIds"
              label="试题"
              mode="multiple"
              rules={[{ required: true, message: '请选择试题' }]}
              options={questions.map((q) => ({ value: q.id, label: `[${KIND[q.kind]}] ${q.stem}` }))}
              fieldProps={{ optionFilterProp: 'label' }}
            />
          )
        }
      </ProFormDependency>
      <Space size="large">
        <ProFormDigit name="durationMinutes" label="时长（分钟）" min={1} max={600} fieldProps={{ precision: 0 }} rules={[{ required: true }]} />
        <ProFormDigit name="passScore" label="合格分数" min={0} max={100} fieldProps={{ precision: 0 }} rules={[{ required: true }]} />
        <ProFormDigit name="maxAge" label="年龄上限（周岁，留空不限）" min={18} max={120} fieldProps={{ precision: 0 }} />
      </Space>
      <Space size="large">
        <ProFormDateTimePicker name="opensAt" label="开始时间" rules={[{ required: true }]} />
        <ProFormDateTimePicker name="closesAt" label="结束时间" rules={[{ required: true }]} />
      </Space>
    </ModalForm>
  );
}

/** One exam's results within my scope: the figures, per organisation (a row narrows to it), who still must sit it, and the export. */
function Results({ exam, onClose }: { exam: Exam; onClose: () => void }) {
  const [organizationId, setOrganizationId] = useState<number>();
  const [results, setResults] = useState<ExamResults>();
  useEffect(() => void examResults(exam.id, organizationId).then(setResults, () => undefined), [exam.id, organizationId]);
  const pendingColumns: ProColumns<PendingMember>[] = [
    { title: '姓名', dataIndex: 'name' },
    { title: '组织', dataIndex: 'organizationName' },
    { title: '出生年份', dataIndex: 'birthYear', render: (_, m) => m.birthYear ?? '—' },
  ];
  return (
    <Drawer open width={880} title={`${exam.title} · 成绩`} onClose={onClose} extra={<Button icon={<DownloadOutlined />} onClick={() => exportResults(exam, organizationId)}>导出 Excel</Button>}>
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <OrgTreeSelect value={organizationId} onChange={setOrganizationId} placeholder="全部（我的管理范围）" />
        {results && (
          <Row gutter={16}>
            <Col span={8}><Card size="small"><Statistic title="应考" value={results.required} /></Card></Col>
            <Col span={8}><Card size="small"><Statistic title="参考" value={results.attempted} /></Card></Col>
            <Col span={8}><Card size="small"><Statistic title="合格" value={results.passed} /></Card></Col>
          </Row>
        )}
        <Table
          rowKey="organizationId"
          size="small"
          title={() => '各组织情况'}
          loading={!results}
          dataSource={results?.organizations ?? []}
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          onRow={(o) => ({ onClick: () => setOrganizationId(o.organizationId), style: { cursor: 'pointer' } })}
          columns={[
            { title: '组织', dataIndex: 'name' },
            { title: '应考', dataIndex: 'required', width: 90 },
            { title: '参考', dataIndex: 'attempted', width: 90 },
            { title: '合格', dataIndex: 'passed', width: 90 },
          ]}
        />
        <ProTable<PendingMember>
          rowKey="memberId"
          headerTitle="尚未参考"
          search={false}
          options={false}
          size="small"
          columns={pendingColumns}
          params={{ organizationId }}
          request={async (p) => toTable(await pendingMembers(exam.id, { ...page(p), organizationId: p.organizationId as number | undefined }))}
        />
      </Space>
    </Drawer>
  );
}

function Exams() {
  const action = useRef<ActionType>(undefined);
  const [open, setOpen] = useState<Exam>();
  const columns: ProColumns<Exam>[] = [
    { title: '考试', dataIndex: 'title' },
    { title: '组织', dataIndex: 'organizationName', width: 180 },
    { title: '试题', key: 'questions', width: 170, render: (_, e) => `${e.questionCount} 题（${e.selection === 'draw' ? '随机抽题' : '固定试题'}）` },
    { title: '时长 / 合格', key: 'rules', width: 130, render: (_, e) => `${e.durationMinutes} 分钟 / ${e.passScore} 分` },
    { title: '参考范围', dataIndex: 'maxAge', width: 120, render: (_, e) => (e.maxAge ? `${e.maxAge}周岁以下` : '全部党员') },
    { title: '考试时间', key: 'window', width: 300, render: (_, e) => `${dateTime(e.opensAt)} 至 ${dateTime(e.closesAt)}` },
    { title: '操作', key: 'results', width: 90, render: (_, e) => <Button size="small" onClick={() => setOpen(e)}>成绩</Button> },
  ];
  return (
    <>
      <ProTable<Exam> rowKey="id" actionRef={action} headerTitle="考试" search={false} columns={columns} request={async (p) => toTable(await deskExams(page(p)))} toolBarRender={() => [<NewExam key="new" onDone={() => action.current?.reload()} />]} />
      {open && <Results exam={open} onClose={() => setOpen(undefined)} />}
    </>
  );
}

const TABS = [
  { key: 'courses', label: '课程', children: <Courses /> },
  { key: 'bank', label: '题库导入', children: <Bank /> },
  { key: 'exams', label: '考试与成绩', children: <Exams /> },
];

/** 学习考试: 流动党校 courses, the question bank with its Excel import (dry run first), exams with their results per organisation and the Excel export. */
export default function LearningPage() {
  const [params, setParams] = useSearchParams();
  const tab = TABS.find((t) => t.key === params.get('tab'))?.key ?? 'courses';
  return (
    <PageContainer title="学习考试" tabList={TABS.map((t) => ({ key: t.key, tab: t.label }))} tabActiveKey={tab} onTabChange={(k) => setParams({ tab: k })}>
      {TABS.find((t) => t.key === tab)!.children}
    </PageContainer>
  );
}
