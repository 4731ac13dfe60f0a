import { Input, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import ErrorState from '../../../components/ErrorState';
import Loading from '../../../components/Loading';
import PageShell from '../../../components/PageShell';
import { capText, editRule, useRules, type PointRule } from '../../../features/year';
import YearSwitch from '../../../features/year/components/YearSwitch';
import { shanghaiYear } from '../../../lib/time';
import './year.scss';

/** 积分规则 (district admin): each rule's points and yearly cap for this year or the next; earlier years keep theirs. */
export default function PointRulesPage() {
  const thisYear = shanghaiYear();
  const [year, setYear] = useState(thisYear);
  const rules = useRules(year);
  const [drafts, setDrafts] = useState<Record<string, { points: string; cap: string }>>({});
  const [busy, setBusy] = useState(false);
  const draftOf = (r: PointRule) => drafts[`${year}:${r.code}`] ?? { points: String(r.points), cap: r.yearlyCap === null ? '' : String(r.yearlyCap) };
  const save = async (r: PointRule) => {
    const d = draftOf(r);
    setBusy(true);
    try {
      await editRule(r.code, { year, label: r.label, points: Number(d.points), yearlyCap: d.cap.trim() === '' ? null : Number(d.cap) });
      void Taro.showToast({ title: '已保存', icon: 'success' });
      await rules.reload();
    } catch {
      // Shown by the api client.
    } finally {
      setBusy(false);
    }
  };
  if (!rules.data) return <PageShell>{rules.error ? <ErrorState error={rules.error} onRetry={rules.reload} /> : <Loading />}</PageShell>;
  const editable = year >= thisYear;
  return (
    <PageShell>
      <YearSwitch year={year} onChange={setYear} />
      {rules.data.map((r) => {
        const d = draftOf(r);
        const set = (patch: Partial<typeof d>) => setDrafts({ ...drafts, [`${year}:${r.code}`]: { ...d, ...patch } });
        return (
          <Card key={r.code} title={r.label} extra={<View className='year-line year-line--muted'>{r.year} 年版</View>}>
            <View className='year-line'>每次 {r.points > 0 ? '+' : ''}{r.points} 分，{capText(r.yearlyCap)}</View>
            {editable && (
              <View className='year-award'>
                <Input className='year-input' type='number' ariaLabel={`${r.label}的分值`} value={d.points} placeholder='分值（扣分为负数）' onInput={(e) => set({ points: e.detail.value })} />
                <Input className='year-input' type='number' ariaLabel={`${r.label}的年度上限`} value={d.cap} placeholder='年度上限（留空不设上限）' onInput={(e) => set({ cap: e.detail.value })} />
                <ActionButton variant='plain' block disabled={busy} onClick={() => void save(r)}>保存 {year} 年版本</ActionButton>
              </View>
            )}
          </Card>
        );
      })}
    </PageShell>
  );
}
