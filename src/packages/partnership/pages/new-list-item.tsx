import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import FormField from '../../../components/FormField';
import { TextArea } from '../../../components/FormField/inputs';
import Loading from '../../../components/Loading';
import PageShell from '../../../components/PageShell';
import PickerRow from '../../../components/PickerRow';
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
      <Card flush>
        <PickerRow label='社区' options={sides} value={sides[side]} text={(c) => c.name} onChange={(c) => setSide(sides.indexOf(c))} />
        <PickerRow label='清单' options={KINDS} value={kind} text={(k) => LIST_KIND_LABELS[k]} onChange={setKind} />
        <FormField label='内容' stacked hint='最多 200 字'>
          <TextArea placeholder='如：批发市场交易摊位、技能培训' value={content} maxlength={200} onChange={setContent} />
        </FormField>
      </Card>
      <View className='partnership-form__submit'>
        <ActionButton block disabled={!content.trim()} loading={submitting} onClick={submit}>
          添加
        </ActionButton>
      </View>
    </PageShell>
  );
}
