import { Input, Picker, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import Cell from '../../../components/Cell';
import PagedList from '../../../components/PagedList';
import PageShell from '../../../components/PageShell';
import { useMe } from '../../../features/auth/api/get-me';
import { REVIEW_LABELS, REVIEW_RESULTS, awardPoints, capText, computeStars, recordReview, starText, useRoster, useRules, type RosterMember } from '../../../features/year';
import AdminOrganization from '../../../features/orgs/components/AdminOrganization';
import { openPage } from '../../../lib/routes';
import { shanghaiYear } from '../../../lib/time';
import './year.scss';

/** 积分与星级 (admin): award points by rule to the organisation's members, record their 民主评议, compute the stars. */
export default function YearAdminPage() {
  const me = useMe();
  const year = shanghaiYear();
  const [organizationId, setOrganizationId] = useState<number | null>(null);
  const list = useRoster(organizationId, year);
  const rules = (useRules(year).data ?? []).filter((r) => r.category !== 'attendance');
  const [ruleIndex, setRuleIndex] = useState<Record<number, number>>({});
  const [notes, setNotes] = useState<Record<number, string>>({});
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<unknown>, done: string) => {
    if (busy) return;
    setBusy(true);
    try {
      await work();
      void Taro.showToast({ title: done, icon: 'success' });
      await list.reload();
    } catch {
      // Shown by the api client.
    } finally {
      setBusy(false);
    }
  };
  const award = (m: RosterMember) => {
    const rule = rules[ruleIndex[m.memberId] ?? 0];
    return run(async () => {
      await awardPoints({ memberId: m.memberId, ruleCode: rule.code, note: (notes[m.memberId] ?? '').trim() });
      setNotes({ ...notes, [m.memberId]: '' });
    }, rule.points < 0 ? '已扣分' : '已记分');
  };
  return (
    <PageShell>
      <AdminOrganization value={organizationId} onChange={setOrganizationId} />
      <Card flush>
        <Cell title='积分排行' description='按组织和年度查看' onClick={() => openPage('pointsRanking')} />
        {me.data?.roles.includes('district_admin') && <Cell title='积分规则' description='分值和年度上限（区级）' onClick={() => openPage('pointRules')} />}
      </Card>
      {organizationId !== null && (
        <View className='year-actions'>
          <ActionButton block disabled={busy} onClick={() => void run(() => computeStars({ organizationId, year }), '星级已评定')}>按积分和评议评定 {year} 年星级</ActionButton>
        </View>
      )}
      <PagedList
        list={list}
        keyOf={(m) => m.memberId}
        emptyTitle='该组织暂无党员'
        renderItem={(m) => {
          const rule = rules[ruleIndex[m.memberId] ?? 0];
          return (
            <Card title={m.name} extra={<View className='year-line'>{m.points} 分 · {m.stars ? starText(m.stars) : '未评星'}</View>}>
              <Picker mode='selector' range={REVIEW_RESULTS.map((r) => REVIEW_LABELS[r])} onChange={(e) => void run(() => recordReview({ memberId: m.memberId, year, result: REVIEW_RESULTS[Number(e.detail.value)] }), '评议已记录')}>
                <Cell title='民主评议' value={m.review ? REVIEW_LABELS[m.review] : '未评议'} arrow />
              </Picker>
              {!m.bound && <View className='year-line year-line--muted'>尚未绑定微信，暂不能记分</View>}
              {m.bound && rules.length > 0 && (
                <View className='year-award'>
                  <Picker mode='selector' range={rules.map((r) => `${r.label}（${r.points > 0 ? '+' : ''}${r.points}）`)} onChange={(e) => setRuleIndex({ ...ruleIndex, [m.memberId]: Number(e.detail.value) })}>
                    <Cell title='规则' value={`${rule.label}（${rule.points > 0 ? '+' : ''}${rule.points}，${capText(rule.yearlyCap)}）`} arrow />
                  </Picker>
                  <Input className='year-input' ariaLabel={`给${m.name}记分的理由`} value={notes[m.memberId] ?? ''} maxlength={150} placeholder='理由（必填），如：社区环境整治 4 小时' onInput={(e) => setNotes({ ...notes, [m.memberId]: e.detail.value })} />
                  <ActionButton block disabled={busy || (notes[m.memberId] ?? '').trim().length < 2} onClick={() => void award(m)}>
                    {rule.points < 0 ? '扣分' : '记分'}
                  </ActionButton>
                </View>
              )}
            </Card>
          );
        }}
      />
    </PageShell>
  );
}
