import { Input, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState, type ReactNode } from 'react';
import ActionButton from '../../../components/ActionButton';
import FormField from '../../../components/FormField';
import { maskPhone } from '../../../lib/format';
import { requirePrivacyConsent } from '../../../lib/privacy';
import { useRequestMemberBinding, type MemberBindingInput } from '../api/request-member-binding';
import './MemberBindingForm.scss';

interface Props {
  organizationField: ReactNode;
  organizationId: number | null;
  onSubmitted: () => void;
}

type Errors = Partial<Record<keyof MemberBindingInput, string>>;

function validate(name: string, phone: string, organizationId: number | null): Errors {
  const errors: Errors = {};
  if (name.trim().length < 2) errors.name = '请填写真实姓名';
  if (!/^1\d{10}$/.test(phone)) errors.phone = '请填写 11 位手机号';
  if (organizationId === null) errors.organizationId = '请选择所在社区';
  return errors;
}

/** Name, phone and organisation, checked by the organisation against its member roll. */
export default function MemberBindingForm({ organizationField, organizationId, onSubmitted }: Props) {
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  // The phone shows in full only while it is being typed: people fill this in with others around.
  const [editingPhone, setEditingPhone] = useState(false);
  const [errors, setErrors] = useState<Errors>({});
  const { submitting, submit } = useRequestMemberBinding();

  const onSubmit = async () => {
    const found = validate(name, phone, organizationId);
    setErrors(found);
    if (Object.keys(found).length > 0 || organizationId === null) return;
    try {
      await requirePrivacyConsent();
    } catch {
      void Taro.showToast({ title: '同意隐私保护指引后才能提交', icon: 'none' });
      return;
    }
    if (await submit({ name: name.trim(), phone, organizationId })) {
      void Taro.showToast({ title: '已提交，等待审核', icon: 'success' });
      onSubmitted();
    }
  };

  return (
    <View className='member-binding-form'>
      <FormField label='姓名' error={errors.name}>
        <Input className='member-binding-form__input' placeholder='与党员档案一致' value={name} maxlength={30} onInput={(e) => setName(e.detail.value)} />
      </FormField>
      <FormField label='手机号' error={errors.phone}>
        <Input
          className='member-binding-form__input'
          // A masked value is not a number: the field is text while it shows the mask.
          type={editingPhone ? 'number' : 'text'}
          placeholder='党组织登记的手机号'
          maxlength={11}
          value={editingPhone || !phone ? phone : maskPhone(phone)}
          onFocus={() => setEditingPhone(true)}
          onBlur={() => setEditingPhone(false)}
          onInput={(e) => setPhone(e.detail.value)}
        />
      </FormField>
      {organizationField}
      {errors.organizationId && <View className='member-binding-form__error'>{errors.organizationId}</View>}
      <View className='member-binding-form__submit'>
        <ActionButton block loading={submitting} disabled={submitting} onClick={onSubmit}>
          提交认证
        </ActionButton>
      </View>
    </View>
  );
}
