import { View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import FormField from '../../../components/FormField';
import { TextInput } from '../../../components/FormField/inputs';
import PickerRow from '../../../components/PickerRow';
import { requirePrivacyConsent } from '../../../lib/privacy';
import { registerMerchant, useAlliances } from '../api/merchant';

const CATEGORIES = ['餐饮', '商超', '百货', '购物中心', '家居', '汽车', '酒店', '生活服务', '其他'];

/** Merchant registration under an alliance; the contact phone is seen only by the alliance's admins. */
export default function RegisterForm({ onDone }: { onDone: () => void }) {
  const alliances = useAlliances().data?.items ?? [];
  const [allianceIndex, setAllianceIndex] = useState(0);
  const [category, setCategory] = useState(CATEGORIES[0]);
  const [form, setForm] = useState({ name: '', address: '', contactPhone: '' });
  const [submitting, setSubmitting] = useState(false);
  const alliance = alliances[allianceIndex];
  const ready = alliance && form.name.trim() && form.address.trim() && /^1\d{10}$|^0\d{2,3}-?\d{7,8}$/.test(form.contactPhone);
  const field = (key: keyof typeof form, label: string, placeholder: string) => (
    <FormField label={label}>
      <TextInput value={form[key]} placeholder={placeholder} onChange={(value) => setForm({ ...form, [key]: value })} />
    </FormField>
  );
  const submit = async () => {
    setSubmitting(true);
    try {
      await requirePrivacyConsent();
      await registerMerchant({ allianceId: alliance.id, category, name: form.name.trim(), address: form.address.trim(), contactPhone: form.contactPhone });
      void Taro.showToast({ title: '已提交审核', icon: 'success' });
      onDone();
    } catch {
      // Shown by the client's toast.
    } finally {
      setSubmitting(false);
    }
  };
  return (
    <View>
      <Card flush>
        <PickerRow label='所属联盟' options={alliances} value={alliance} text={(a) => a.name} placeholder='加载中…' onChange={(a) => setAllianceIndex(alliances.indexOf(a))} />
        {field('name', '商户名称', '如：城阳万象汇')}
        <PickerRow label='经营类别' options={CATEGORIES} value={category} text={(c) => c} onChange={setCategory} />
        {field('address', '地址', '到店地址')}
        {field('contactPhone', '联系电话', '仅联盟管理员可见')}
      </Card>
      <View className='campaign-form__actions'>
        <ActionButton block disabled={!ready} loading={submitting} onClick={submit}>
          提交入驻申请
        </ActionButton>
      </View>
    </View>
  );
}
