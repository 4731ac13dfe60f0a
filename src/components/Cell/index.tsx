import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './index.scss';

interface Props {
  /** Left-hand side, before the title: a small image. */
  thumb?: ReactNode;
  title: ReactNode;
  description?: ReactNode;
  /** Right-hand side: a value, a switch, a tag. */
  value?: ReactNode;
  onClick?: () => void;
  /** The row opens something; defaults to having an onClick (a Picker around it opens without one). */
  arrow?: boolean;
}

/** A short title with a text value and nothing else is a label and its value (地点: the address). */
const LABEL_MAX = 6;
const isText = (node: ReactNode) => typeof node === 'string' || typeof node === 'number';

/**
 * One row of a list or a settings card. A label row (a short title, a text value) keeps the label on
 * one line and wraps the value beside it, however long the value is.
 */
export default function Cell({ thumb, title, description, value, onClick, arrow = !!onClick }: Props) {
  const labelled = typeof title === 'string' && title.length <= LABEL_MAX && isText(value) && !description && !thumb;
  const className = ['cell', arrow && 'cell--link', labelled && 'cell--labelled'].filter(Boolean).join(' ');
  return (
    // A tappable row is a button to a screen reader (读屏), named by what it shows (title, description, value).
    <View className={className} onClick={onClick} ariaRole={onClick ? 'button' : undefined}>
      {thumb && <View className='cell__thumb'>{thumb}</View>}
      <View className='cell__main'>
        <View className='cell__title'>{title}</View>
        {description && <View className='cell__description'>{description}</View>}
      </View>
      {value !== undefined && <View className='cell__value'>{value}</View>}
      {arrow && <View className='cell__arrow' />}
    </View>
  );
}
