import { Input, Picker, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import FormField from '../../../components/FormField';
import { requirePrivacyConsent } from '../../../lib/privacy';
import { registerMerchant, useAlliances } from '../api/merchant';

const CATEGORIES = ['餐饮', '商超', '百货', '购物中心', '家居', '汽车', '酒店', '生活服务', '其他'];

/** Merchant registration under an alliance; the contact phone is seen only by the alliance's admins. */
export default function RegisterForm({ onDone }: { onDone: () => void }) {
  const alliances = useAlliances().data?.items ?? [];
  const [allianceIndex, setAllianceIndex] = useState(0);
  const [categoryIndex, setCategoryIndex] = useState(0);
  const [form, setForm] = useState({ name: '', address: '', contactPhone: '' });
  const [submitting, setSubmitting] = useState(false);
  const alliance = alliances[allianceIndex];
  const ready = alliance && form.name.trim() && form.address.trim() && /^1\d{10}$|^0\d{2,3}-?\d{7,8}$/.test(form.contactPhone);
  const field = (key: keyof typeof form, label: string, placeholder: string) => (
    <FormField label={label}>
      <Input className='campaign-form__input' value={form[key]} placeholder={placeholder} onInput={(e) => setForm({ ...form, [key]: e.detail.value })} />
    </FormField>
  );
  const submit = async () => {
    setSubmitting(true);
    try {
      await requirePrivacyConsent();
      await registerMerchant({ allianceId: alliance.id, category: CATEGORIES[categoryIndex], name: form.name.trim(), address: form.address.trim(), contactPhone: form.contactPhone });
      void Taro.showToast({ title: '已提交审核', icon: 'success' });
      onDone();
    } catch {
      // Shown by the client's toast.
    } finally {
      setSubmitting(false);
    }
  };
  return (
    <View className='campaign-form'>
      <FormField label='所属联盟'>
        <Picker mode='selector' range={alliances.map((a) => a.name)} value={allianceIndex} onChange={(e) => setAllianceIndex(Number(e.detail.value))}>
          <View>{alliance?.name ?? '加载中…'}</View>
        </Picker>
      </FormField>
      {field('name', '商户名称', '如：城阳万象汇')}
      <FormField label='经营类别'>
        <Picker mode='selector' range={CATEGORIES} value={categoryIndex} onChange={(e) => setCategoryIndex(Number(e.detail.value))}>
          <View>{CATEGORIES[categoryIndex]}</View>
        </Picker>
      </FormField>
      {field('address', '地址', '到店地址')}
      {field('contactPhone', '联系电话', '仅联盟管理员可见')}
      <View className='campaign-form__actions'>
        <ActionButton block disabled={!ready} loading={submitting} onClick={submit}>
          提交入驻申请
        </ActionButton>
      </View>
    </View>
  );
}
