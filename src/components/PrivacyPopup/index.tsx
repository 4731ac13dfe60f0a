import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { answerPrivacyRequest, usePendingPrivacyRequest } from '../../lib/privacy';
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
          为核实党员身份，我们会在你提交党员认证时收集姓名和手机号，仅供所属党组织审核使用。请阅读
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
