import { View } from '@tarojs/components';
import { formatYuan } from '../../../lib/format';
import type { FinanceItem, Totals } from '../types';
import './FinanceTable.scss';

/**
 * Income and expense lines in yuan, the totals, and a bar per line (Views only: no canvas needed).
 * Each direction's bars are scaled to its own largest line: against a large income, every expense
 * would otherwise be a dot. A zero line draws no bar at all.
 */
export default function FinanceTable({ items, totals }: { items: FinanceItem[]; totals: Totals }) {
  const max = (direction: FinanceItem['direction']) => Math.max(1, ...items.filter((i) => i.direction === direction).map((i) => i.amountFen));
  return (
    <View className='finance'>
      {(['income', 'expense'] as const).map((direction) => (
        <View key={direction} className='finance__group'>
          <View className='finance__heading'>{direction === 'income' ? '收入' : '支出'}</View>
          {items.filter((i) => i.direction === direction).map((i, n) => (
            <View key={n} className='finance__row'>
              <View className='finance__line'>
                <View className='finance__subject'>{i.subject}</View>
                <View className='finance__amount'>{formatYuan(i.amountFen)}</View>
              </View>
              <View className='finance__track'>
                {i.amountFen > 0 && <View className={`finance__bar finance__bar--${direction}`} style={{ width: `${Math.max(2, Math.round((i.amountFen / max(direction)) * 100))}%` }} />}
              </View>
            </View>
          ))}
        </View>
      ))}
      <View className='finance__totals'>
        <View>收入合计 {formatYuan(totals.incomeFen)}</View>
        <View>支出合计 {formatYuan(totals.expenseFen)}</View>
        <View className='finance__balance'>结余 {formatYuan(totals.balanceFen)}</View>
      </View>
    </View>
  );
}
