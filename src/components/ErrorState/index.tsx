import { View } from '@tarojs/components';
import { ApiError, goToLogin } from '../../lib/api-client';
import { goBack, openPage } from '../../lib/routes';
import ActionButton from '../ActionButton';
import './index.scss';

interface Props {
  error: unknown;
  onRetry: () => void;
}

/**
 * A load failed: say why in the server's words and offer what can help. A refusal is not fixed by
 * trying again: it says what to do (log in, 去认证 for what only verified members may see) and
 * always offers a way back, so an error page is never a dead end.
 */
export default function ErrorState({ error, onRetry }: Props) {
  const status = error instanceof ApiError ? error.status : 0;
  const message = error instanceof ApiError ? error.message : '加载失败';
  return (
    <View className='error-state' role='alert'>
      <View className='error-state__icon'>!</View>
      <View className='error-state__message'>{message}</View>
      {status === 403 && <View className='error-state__hint'>{hintOf(error as ApiError)}</View>}
      <View className='error-state__actions'>
        {status === 401 ? (
          <ActionButton onClick={() => void goToLogin()}>去登录</ActionButton>
        ) : error instanceof ApiError && MEMBER_ONLY.has(error.code) ? (
          <ActionButton onClick={() => openPage('me')}>去认证</ActionButton>
        ) : status === 403 || status === 404 ? null : (
          <ActionButton variant='plain' onClick={onRetry}>
            重新加载
          </ActionButton>
        )}
        <ActionButton variant='plain' onClick={goBack}>
          返回
        </ActionButton>
      </View>
    </View>
  );
}

/** The refusals of what only verified party members may use: 我的 holds the 党员认证 form. */
const MEMBER_ONLY = new Set(['NOT_MEMBER', 'NOT_A_MEMBER', 'MEMBERS_ONLY']);

function hintOf(error: ApiError): string {
  if (MEMBER_ONLY.has(error.code)) return '在「我的」提交党员认证，审核通过后即可使用';
  if (error.code === 'OUT_OF_SCOPE') return '您只能管理任命给您的组织及其下级；如需办理，请联系上级管理员';
  return '您的账号没有这项权限；如有需要，请联系管理员';
}
