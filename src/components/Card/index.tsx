import { View } from '@tarojs/components';
import type { PropsWithChildren, ReactNode } from 'react';
import './index.scss';

interface Props {
  title?: string;
  /** Shown at the right of the title, e.g. a "切换" link. */
  extra?: ReactNode;
  /** Cells inside sit flush with the card's edges. */
  flush?: boolean;
}

/** A text action for `extra` (导出Excel, 全部活动), in the header's quiet style. */
export function CardAction({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <View className='card__action' role='button' ariaLabel={label} onClick={onClick}>
      {label}
    </View>
  );
}

export default function Card({ title, extra, flush = false, children }: PropsWithChildren<Props>) {
  return (
    <View className='card'>
      {(title || extra) && (
        <View className='card__header'>
          <View className='card__title'>{title}</View>
          {extra && <View className='card__extra'>{extra}</View>}
        </View>
      )}
      <View className={flush ? 'card__body card__body--flush' : 'card__body'}>{children}</View>
    </View>
  );
}
