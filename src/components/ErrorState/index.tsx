import { View } from '@tarojs/components';
import { ApiError } from '../../lib/api-client';
import ActionButton from '../ActionButton';
import './index.scss';

interface Props {
  error: unknown;
  onRetry: () => void;
}

/** A load failed: say why in the server's words, and offer to try again. */
export default function ErrorState({ error, onRetry }: Props) {
  const message = error instanceof ApiError ? error.message : '加载失败';
  return (
    <View className='error-state'>
      <View className='error-state__icon'>!</View>
      <View className='error-state__message'>{message}</View>
      <ActionButton variant='plain' onClick={onRetry}>
        重新加载
      </ActionButton>
    </View>
  );
}
