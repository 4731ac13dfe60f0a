import { Picker, Textarea, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import FormField from '../../../components/FormField';
import Loading from '../../../components/Loading';
import PageShell from '../../../components/PageShell';
import { addListItem } from '../../../features/partnerships/api/add-list-item';
import { usePartnership } from '../../../features/partnerships/api/get-partnership';
import { LIST_KIND_LABELS } from '../../../features/partnerships/labels';
import type { ListKind } from '../../../features/partnerships/types';
import { useSubmit } from '../../../lib/use-submit';
import './form.scss';

const KINDS = Object.keys(LIST_KIND_LABELS) as ListKind[];

/** Adds an entry to one side's resource, need or service list (only that community's admin may). */
export default function NewListItemPage() {
  const { params } = useRouter();
  const partnership = usePartnership(Number(params.id)).data;
  const [side, setSide] = useState(0);
  const [kind, setKind] = useState<ListKind>((params.kind as ListKind) ?? 'resource');
  const [content, setContent] = useState('');
  const sides = partnership ? [partnership.communityA, partnership.communityB] : [];
  const { submitting, submit } = useSubmit(() => addListItem(partnership!.id, { communityId: sides[side].id, kind, content: content.trim() }));
  if (!partnership) return <PageShell><Loading /></PageShell>;
  return (
    <PageShell>
      <View className='partnership-form'>
        <FormField label='社区'>
          <Picker mode='selector' range={sides.map((c) => c.name)} value={side} onChange={(e) => setSide(Number(e.detail.value))}>
            <View>{sides[side].name}</View>
          </Picker>
        </FormField>
        <FormField label='清单'>
          <Picker mode='selector' range={KINDS.map((k) => LIST_KIND_LABELS[k])} value={KINDS.indexOf(kind)} onChange={(e) => setKind(KINDS[Number(e.detail.value)])}>
            <View>{LIST_KIND_LABELS[kind]}</View>
          </Picker>
        </FormField>
        <FormField label='内容'>
          <Textarea className='partnership-form__textarea' placeholder='如：批发市场交易摊位、技能培训' value={content} maxlength={200} onInput={(e) => setContent(e.detail.value)} />
        </FormField>
        <View className='partnership-form__submit'>
          <ActionButton block disabled={!content.trim()} loading={submitting} onClick={submit}>
            添加
          </ActionButton>
        </View>
      </View>
    </PageShell>
  );
}
