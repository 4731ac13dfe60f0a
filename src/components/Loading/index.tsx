import { View } from '@tarojs/components';
import './index.scss';

export default function Loading({ text = '加载中…' }: { text?: string }) {
  return (
    <View className='loading'>
      <View className='loading__spinner' />
      <View className='loading__text'>{text}</View>
    </View>
  );
}
