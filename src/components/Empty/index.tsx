import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import './index.scss';

interface Props {
  title?: string;
  description?: string;
  /** A button or link that gets the user out of the empty state. */
  action?: ReactNode;
}

export default function Empty({ title = '暂无内容', description, action }: Props) {
  return (
    <View className='empty'>
      <View className='empty__icon' />
      <View className='empty__title'>{title}</View>
      {description && <View className='empty__description'>{description}</View>}
      {action && <View className='empty__action'>{action}</View>}
    </View>
  );
}
