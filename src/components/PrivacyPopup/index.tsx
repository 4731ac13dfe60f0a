import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { answerPrivacyRequest, COLLECTED_DATA, usePendingPrivacyRequest } from '../../lib/privacy';
import ActionButton from '../ActionButton';
import './index.scss';

const AGREE_BUTTON_ID = 'privacy-agree';

/**
 * WeChat's privacy authorisation: shown when WeChat asks (onNeedPrivacyAuthorization). Agreeing
 * must go through a button with open-type agreePrivacyAuthorization, which WeChat checks.
 */
export default function PrivacyPopup() {
  const pending = usePendingPrivacyRequest();
  if (!pending) return null;
  return (
    <View className='privacy-popup'>
      <View className='privacy-popup__sheet'>
        <View className='privacy-popup__title'>用户隐私保护提示</View>
        <View className='privacy-popup__text'>
          我们只在你使用相应功能时收集以下信息：
        </View>
        {COLLECTED_DATA.map((c) => (
          <View key={c.data} className='privacy-popup__item'>
            <Text className='privacy-popup__data'>{c.data}</Text>：{c.purpose}
          </View>
        ))}
        <View className='privacy-popup__text'>
          不收集位置信息。请阅读
          <Text className='privacy-popup__link' onClick={() => Taro.openPrivacyContract()}>
            《用户隐私保护指引》
          </Text>
          ，同意后继续使用。
        </View>
        <View className='privacy-popup__actions'>
          <ActionButton variant='plain' onClick={() => answerPrivacyRequest(false)}>
            拒绝
          </ActionButton>
          <ActionButton
            id={AGREE_BUTTON_ID}
            openType='agreePrivacyAuthorization'
            onAgreePrivacyAuthorization={() => answerPrivacyRequest(true, AGREE_BUTTON_ID)}
          >
            同意
          </ActionButton>
        </View>
      </View>
    </View>
  );
}
