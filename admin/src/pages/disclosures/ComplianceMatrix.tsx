import { useEffect, useState } from 'react';
import { ProCard } from '@ant-design/pro-components';
import { Alert, Select, Space, Table, Tag } from 'antd';
import dayjs from 'dayjs';
import { compliance, type ComplianceStatus } from '../../features/disclosures/api';
import { streets, type Street } from '../../features/orgs';

const MONTHS = 6;
const CELL: Record<ComplianceStatus, [string, string]> = { on_time: ['success', '按时'], late: ['warning', '逾期'], missing: ['error', '待公开'], not_due: ['default', '未到期'] };

interface Row {
  communityId: number;
  communityName: string;
  byMonth: Record<string, ComplianceStatus>;
}

/** Finance compliance of a street: one row per community, one column per month (the last six). */
export function ComplianceMatrix() {
  const [streetList, setStreets] = useState<Street[]>([]);
  const [streetId, setStreetId] = useState<number>();
  const [rows, setRows] = useState<Row[]>();
  const [error, setError] = useState<string>();
  const months = Array.from({ length: MONTHS }, (_, i) => dayjs().subtract(MONTHS - i, 'month').format('YYYY-MM'));

  useEffect(() => {
    streets().then((s) => {
      setStreets(s.items);
      setStreetId(s.items[0]?.id);
    });
  }, []);
  useEffect(() => {
    if (!streetId) return;
    setRows(undefined);
    setError(undefined);
    Promise.all(months.map((m) => compliance({ streetId, period: m, category: 'finance' })))
      .then((answers) => {
        const byCommunity = new Map<number, Row>();
        answers.forEach((a, i) =>
          a.items.forEach((c) => {
            const row = byCommunity.get(c.communityId) ?? { communityId: c.communityId, communityName: c.communityName, byMonth: {} };
            row.byMonth[months[i]] = c.categories.find((x) => x.category === 'finance')?.status ?? 'missing';
            byCommunity.set(c.communityId, row);
          }),
        );
        setRows([...byCommunity.values()]);
      })
      .catch((e: Error) => setError(e.message));
    // months change only with the day
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [streetId]);

  return (
    <ProCard
      title="财务按时公开（社区 × 月份）"
      extra={
        <Space>
          街道
          <Select style={{ width: 200 }} value={streetId} onChange={setStreetId} options={streetList.map((s) => ({ value: s.id, label: s.name }))} />
        </Space>
      }
    >
      {error && <Alert type="error" message={error} showIcon />}
      <Table<Row>
        rowKey="communityId"
        size="small"
        loading={!rows && !error}
        dataSource={rows}
        pagination={false}
        scroll={{ y: 560 }}
        columns={[
          { title: '社区', dataIndex: 'communityName', fixed: 'left', width: 180 },
          ...months.map((m) => ({
            title: m, key: m, align: 'center' as const,
            render: (_: unknown, r: Row) => {
              const [color, label] = CELL[r.byMonth[m] ?? 'missing'];
              return <Tag color={color}>{label}</Tag>;
            },
          })),
        ]}
      />
    </ProCard>
  );
}
