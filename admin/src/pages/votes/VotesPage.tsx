import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import {
  ModalForm, PageContainer, ProForm, ProFormDateTimeRangePicker, ProFormDigit, ProFormRadio, ProFormSwitch, ProFormTextArea, ProFormText, ProTable, type ActionType, type ProColumns,
} from '@ant-design/pro-components';
import { App, Button, Empty, List, Popconfirm, Space, Spin, Steps, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { StatusTag, valueEnum } from '../../components/StatusTag';
import { dateTime, toTable } from '../../lib/format';
import { OrgTreeSelect } from '../../features/orgs';
import {
  ELECTORATE, NOTICE_STATUS, SELECTION_STATUS, SELECTION_STEPS, VOTE_STATUS, createNotice, createSelection, createVote, finalizeSelection, notice, notices, openSelectionVote,
  publishSelectionNotice, replyToObjection, selection, selections, votes, type NoticeSummary, type Objection, type Selection, type SelectionSummary, type Vote,
} from '../../features/votes';

const THIS_YEAR = Number(new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'Asia/Shanghai' }).format(new Date()));
/** One entry a line (options, the people a 公示 names). */
const lines = (v: string | undefined) => (v ?? '').split('\n').map((l) => l.trim()).filter(Boolean);
/** A window picked in the official's browser (a Shanghai desk), as the instants the server expects. */
const windowOf = (v: unknown) => {
  const [start, end] = v as [string, string];
  return { start: dayjs(start).format(), end: dayjs(end).format() };
};
/** From now for 7 days (a 公示 of 5 working days), as the range picker's initial value. */
const week = () => [dayjs().startOf('minute'), dayjs().startOf('minute').add(7, 'day')];
/** One record for an expanded row, fetched again after `reload`. */
function useRecord<T>(fetch: (id: number) => Promise<T>, id: number) {
  const [record, setRecord] = useState<T>();
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    void fetch(id).then((r) => live && setRecord(r));
    return () => { live = false; };
  }, [fetch, id, version]);
  return { record, reload: () => setVersion((v) => v + 1) };
}
const when = (from: string | null, to: string | null) => (from ? `${dateTime(from)} 至 ${dateTime(to)}` : '—');

/** The organisation field of every create form: one of my scope's organisations. */
const OrgField = () => (
  <ProForm.Item name="organizationId" label="党组织" rules={[{ required: true, message: '请选择党组织' }]}>
    <OrgTreeSelect allowClear={false} />
  </ProForm.Item>
);

function NewVote({ onDone }: { onDone: () => void }) {
  return (
    <ModalForm<{ organizationId: number; title: string; options: string; maxChoices: number; electorate: Vote['electorate']; window: unknown }>
      title="发起投票" width={600} trigger={<Button type="primary">发起投票</Button>} modalProps={{ destroyOnHidden: true }}
      initialValues={{ maxChoices: 1, electorate: 'members', window: week() }}
      onFinish={async (v) => {
        const w = windowOf(v.window);
        await createVote({ organizationId: v.organizationId, title: v.title, options: lines(v.options).map((label) => ({ label })), maxChoices: v.maxChoices, electorate: v.electorate, opensAt: w.start, closesAt: w.end });
        onDone();
        return true;
      }}
    >
      <OrgField />
      <ProFormText name="title" label="投票主题" rules={[{ required: true, message: '请填写投票主题' }]} fieldProps={{ maxLength: 100 }} />
      <ProFormTextArea name="options" label="选项（每行一项，至少两项）" rules={[{ required: true, message: '请填写选项' }, { validator: async (_: unknown, v: string) => { if (lines(v).length < 2) throw new Error('至少需要两个选项'); } }]} />
      <ProFormDigit name="maxChoices" label="每人最多可选" min={1} max={50} fieldProps={{ precision: 0 }} rules={[{ required: true }]} />
      <ProFormRadio.Group name="electorate" label="投票人" options={Object.entries(ELECTORATE).map(([value, label]) => ({ value, label }))} />
      <ProFormDateTimeRangePicker name="window" label="投票时间" rules={[{ required: true }]} fieldProps={{ format: 'YYYY-MM-DD HH:mm' }} />
      <Typography.Paragraph type="secondary">投票开始后选项不能再修改；结束前不公布票数，选票与投票人不关联。</Typography.Paragraph>
    </ModalForm>
  );
}

/** The options with their counts once the vote has closed; before, only that they are hidden. */
function Counts({ vote }: { vote: Vote }) {
  if (vote.status !== 'closed') return <Typography.Text type="secondary">票数在投票结束后公布（{dateTime(vote.closesAt)}）</Typography.Text>;
  return (
    <Table rowKey="id" size="small" pagination={false} dataSource={vote.options}
      columns={[{ title: '选项', dataIndex: 'label' }, { title: '票数', dataIndex: 'count', width: 120 }]}
      footer={() => `共 ${vote.ballotCount} 人投票（票数由选票记录计算）`} />
  );
}

function VoteList({ organizationId }: { organizationId?: number }) {
  const action = useRef<ActionType>(undefined);
  const columns: ProColumns<Vote>[] = [
    { title: '投票主题', dataIndex: 'title', search: false },
    { title: '状态', dataIndex: 'status', width: 110, valueEnum: valueEnum(VOTE_STATUS), render: (_, v) => <StatusTag value={v.status} map={VOTE_STATUS} /> },
    { title: '投票人', dataIndex: 'electorate', width: 120, search: false, render: (_, v) => (v.subject ? `${ELECTORATE[v.electorate]}（评选）` : ELECTORATE[v.electorate]) },
    { title: '投票时间', dataIndex: 'opensAt', search: false, render: (_, v) => when(v.opensAt, v.closesAt) },
    { title: '最多可选', dataIndex: 'maxChoices', width: 100, search: false },
    { title: '投票人数', dataIndex: 'ballotCount', width: 110, search: false, render: (_, v) => v.ballotCount ?? '结束后公布' },
  ];
  return (
    <ProTable<Vote, { status?: Vote['status']; organizationId?: number }>
      rowKey="id" actionRef={action} headerTitle="投票" columns={columns} params={{ organizationId }}
      expandable={{ expandedRowRender: (v) => <Counts vote={v} /> }}
      toolBarRender={() => [<NewVote key="new" onDone={() => action.current?.reload()} />]}
      request={async (p) => toTable(await votes({ page: p.current ?? 1, pageSize: p.pageSize ?? 20, organizationId, status: p.status }))}
    />
  );
}

function NewNotice({ onDone }: { onDone: () => void }) {
  return (
    <ModalForm<{ organizationId: number; title: string; body: string; items?: string; window: unknown }>
      title="发布公示" width={600} trigger={<Button type="primary">发布公示</Button>} modalProps={{ destroyOnHidden: true }} initialValues={{ window: week() }}
      onFinish={async (v) => {
        const w = windowOf(v.window);
        const items = lines(v.items);
        await createNotice({ organizationId: v.organizationId, title: v.title, body: v.body, startsAt: w.start, endsAt: w.end, ...(items.length && { items }) });
        onDone();
        return true;
      }}
    >
      <OrgField />
      <ProFormText name="title" label="标题" rules={[{ required: true, message: '请填写标题' }]} fieldProps={{ maxLength: 100 }} />
      <ProFormTextArea name="body" label="内容" rules={[{ required: true, message: '请填写公示内容' }]} fieldProps={{ rows: 5 }} />
      <ProFormTextArea name="items" label="公示名单（选填，每行一项；异议可注明所涉的一项）" />
      <ProFormDateTimeRangePicker name="window" label="公示期" rules={[{ required: true }]} fieldProps={{ format: 'YYYY-MM-DD HH:mm' }} />
    </ModalForm>
  );
}

function Reply({ objection, onDone }: { objection: Objection; onDone: () => void }) {
  return (
    <ModalForm<{ content: string; upheld: boolean }>
      title="答复异议" trigger={<Button size="small">答复</Button>} modalProps={{ destroyOnHidden: true }} initialValues={{ upheld: false }}
      onFinish={async (v) => { await replyToObjection(objection.id, v); onDone(); return true; }}
    >
      <Typography.Paragraph>{objection.content}</Typography.Paragraph>
      <ProFormTextArea name="content" label="答复" rules={[{ required: true, message: '请填写答复' }]} />
      <ProFormSwitch name="upheld" label="异议成立" />
    </ModalForm>
  );
}

/** A notice's whole record: each objection, its answer and whether it was upheld; unanswered ones get an answer button. */
function Objections({ id, onChange }: { id: number; onChange: () => void }) {
  const { record: n, reload } = useRecord(notice, id);
  if (!n) return <Spin />;
  const label = (key: string | null) => n.items.find((i) => i.key === key)?.label;
  if (!n.objections.length) return <Empty description="暂无异议" image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <List<Objection>
      size="small" dataSource={n.objections}
      renderItem={(o) => (
        <List.Item actions={o.reply ? [] : [<Reply key="reply" objection={o} onDone={() => { reload(); onChange(); }} />]}>
          <List.Item.Meta
            title={<Space>{label(o.itemKey) && <Tag>{label(o.itemKey)}</Tag>}{o.content}</Space>}
            description={o.reply ? <Space><Tag color={o.upheld ? 'error' : 'default'}>{o.upheld ? '异议成立' : '异议不成立'}</Tag>答复：{o.reply}</Space> : `待答复 · ${dateTime(o.createdAt)}`}
          />
        </List.Item>
      )}
    />
  );
}

function NoticeList({ organizationId }: { organizationId?: number }) {
  const action = useRef<ActionType>(undefined);
  const columns: ProColumns<NoticeSummary>[] = [
    { title: '标题', dataIndex: 'title' },
    { title: '状态', dataIndex: 'status', width: 110, render: (_, n) => <StatusTag value={n.status} map={NOTICE_STATUS} /> },
    { title: '公示期', dataIndex: 'startsAt', render: (_, n) => when(n.startsAt, n.endsAt) },
    { title: '异议', dataIndex: 'objectionCount', width: 160, render: (_, n) => `${n.objectionCount} 条，已答复 ${n.answeredCount}，成立 ${n.upheldCount}` },
  ];
  return (
    <ProTable<NoticeSummary>
      rowKey="id" actionRef={action} headerTitle="公示与异议" search={false} columns={columns} params={{ organizationId }}
      expandable={{ expandedRowRender: (n) => <Objections id={n.id} onChange={() => action.current?.reload()} /> }}
      toolBarRender={() => [<NewNotice key="new" onDone={() => action.current?.reload()} />]}
      request={async (p) => toTable(await notices({ page: p.current ?? 1, pageSize: p.pageSize ?? 20, organizationId }))}
    />
  );
}

function NewSelection({ onDone }: { onDone: () => void }) {
  return (
    <ModalForm<{ organizationId: number; year: number; seats: number }>
      title="发起阳光党员评选" trigger={<Button type="primary">发起评选</Button>} modalProps={{ destroyOnHidden: true }} initialValues={{ year: THIS_YEAR, seats: 3 }}
      onFinish={async (v) => { await createSelection(v); onDone(); return true; }}
    >
      <OrgField />
      <ProFormDigit name="year" label="年度" min={2000} max={THIS_YEAR} fieldProps={{ precision: 0 }} rules={[{ required: true }]} />
      <ProFormDigit name="seats" label="名额" min={1} max={500} fieldProps={{ precision: 0 }} rules={[{ required: true }]} />
      <Typography.Paragraph type="secondary">按年度星级和积分从高到低确定候选人，候选人多于名额（差额）。</Typography.Paragraph>
    </ModalForm>
  );
}

/** The next step of a selection: the vote's or the 公示's window (7 days from now unless changed), or finalizing. */
function NextStep({ s, onDone }: { s: Selection; onDone: () => void }) {
  const { message } = App.useApp();
  const done = (text: string) => { message.success(text); onDone(); return true; };
  if (s.status === 'nominating' || s.status === 'voting') {
    const vote = s.status === 'nominating';
    return (
      <ModalForm<{ window: unknown }>
        title={vote ? '开启党员投票' : '发布拟表彰人选公示'} trigger={<Button type="primary">{vote ? '开启党员投票' : '投票结束后发布公示'}</Button>} modalProps={{ destroyOnHidden: true }} initialValues={{ window: week() }}
        onFinish={async (v) => {
          const w = windowOf(v.window);
          if (vote) await openSelectionVote(s.id, w);
          else await publishSelectionNotice(s.id, w);
          return done(vote ? '投票已开启' : '公示已发布');
        }}
      >
        <ProFormDateTimeRangePicker name="window" label={vote ? '投票时间' : '公示期'} rules={[{ required: true }]} fieldProps={{ format: 'YYYY-MM-DD HH:mm' }} />
        <Typography.Paragraph type="secondary">{vote ? `候选人 ${s.candidates.length} 名，每人最多选 ${s.seats} 名。` : '得票最多的候选人进入公示，公示期内受理异议。'}</Typography.Paragraph>
      </ModalForm>
    );
  }
  if (s.status === 'notice') {
    return (
      <Popconfirm title="确定评选结果？" description="异议成立的人选将被取消" onConfirm={async () => { await finalizeSelection(s.id); done('评选结果已确定'); }}>
        <Button type="primary">公示结束后确定结果</Button>
      </Popconfirm>
    );
  }
  return null;
}

/** One selection as a wizard: the four steps with their dates, the candidates with stars, points and votes, and the next step. */
function SelectionDetail({ id, onChange }: { id: number; onChange: () => void }) {
  const { record: s, reload } = useRecord(selection, id);
  if (!s) return <Spin />;
  const at = SELECTION_STEPS.indexOf(s.status);
  const sch = s.schedule;
  const dates = [dateTime(sch.nominatedAt), when(sch.voteOpensAt, sch.voteClosesAt), when(sch.noticeStartsAt, sch.noticeEndsAt), dateTime(sch.finalizedAt)];
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Steps size="small" current={at} status={s.status === 'final' ? 'finish' : 'process'} items={SELECTION_STEPS.map((st, i) => ({ title: SELECTION_STATUS[st][1], description: dates[i] }))} />
      <NextStep s={s} onDone={() => { reload(); onChange(); }} />
      <Table<Selection['candidates'][number]>
        rowKey="id" size="small" pagination={false} dataSource={s.candidates}
        columns={[
          { title: '排名', dataIndex: 'rank', width: 70 },
          { title: '候选人', dataIndex: 'name' },
          { title: '星级', dataIndex: 'stars', width: 90, render: (v: number | null) => (v ? `${v} 星` : '—') },
          { title: '积分', dataIndex: 'points', width: 90 },
          { title: '得票', dataIndex: 'votes', width: 90, render: (v: number | null) => v ?? '—' },
          { title: '结果', key: 'result', width: 140, render: (_, c) => (c.dropped ? <Tag color="error">异议成立，取消</Tag> : c.winner ? <Tag color="success">{s.status === 'final' ? '阳光党员' : '拟表彰'}</Tag> : null) },
        ]}
      />
    </Space>
  );
}

function SelectionList({ organizationId }: { organizationId?: number }) {
  const action = useRef<ActionType>(undefined);
  const columns: ProColumns<SelectionSummary>[] = [
    { title: '年度', dataIndex: 'year', width: 90, render: (_, s) => `${s.year} 年` },
    { title: '名额', dataIndex: 'seats', width: 80 },
    { title: '阶段', dataIndex: 'status', width: 130, render: (_, s) => <StatusTag value={s.status} map={SELECTION_STATUS} /> },
    { title: '提名于', dataIndex: 'schedule', render: (_, s) => dateTime(s.schedule.nominatedAt) },
    { title: '投票', key: 'vote', render: (_, s) => when(s.schedule.voteOpensAt, s.schedule.voteClosesAt) },
    { title: '公示', key: 'notice', render: (_, s) => when(s.schedule.noticeStartsAt, s.schedule.noticeEndsAt) },
  ];
  return (
    <ProTable<SelectionSummary>
      rowKey="id" actionRef={action} headerTitle="阳光党员评选" search={false} columns={columns} params={{ organizationId }}
      expandable={{ expandedRowRender: (s) => <SelectionDetail id={s.id} onChange={() => action.current?.reload()} /> }}
      toolBarRender={() => [<NewSelection key="new" onDone={() => action.current?.reload()} />]}
      request={async (p) => toTable(await selections({ page: p.current ?? 1, pageSize: p.pageSize ?? 20, organizationId }))}
    />
  );
}

/** 投票与公示: votes with their counts after the close, 公示 with objections and answers, and the 阳光党员 selection's steps. */
export default function VotesPage() {
  const [params, setParams] = useSearchParams();
  const tab = params.get('tab') ?? 'votes';
  const [organizationId, setOrg] = useState<number>();
  return (
    <PageContainer
      title="投票与公示"
      extra={<Space>组织<OrgTreeSelect value={organizationId} onChange={setOrg} placeholder="全部组织" /></Space>}
      tabList={[{ key: 'votes', tab: '投票' }, { key: 'notices', tab: '公示与异议' }, { key: 'selections', tab: '阳光党员评选' }]}
      tabActiveKey={tab}
      onTabChange={(k) => setParams({ tab: k })}
    >
      {tab === 'notices' ? <NoticeList organizationId={organizationId} /> : tab === 'selections' ? <SelectionList organizationId={organizationId} /> : <VoteList organizationId={organizationId} />}
    </PageContainer>
  );
}
