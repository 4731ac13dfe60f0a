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

/** One row of a list or a settings card. */
export default function Cell({ thumb, title, description, value, onClick, arrow = !!onClick }: Props) {
  return (
    <View className={arrow ? 'cell cell--link' : 'cell'} onClick={onClick}>
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
