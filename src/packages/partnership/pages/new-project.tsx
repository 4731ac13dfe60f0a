import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import FormField from '../../../components/FormField';
import { TextArea, TextInput } from '../../../components/FormField/inputs';
import Loading from '../../../components/Loading';
import PageShell from '../../../components/PageShell';
import PickerRow, { DateTimeRow } from '../../../components/PickerRow';
import { addProject } from '../../../features/partnerships/api/add-project';
import { usePartnership } from '../../../features/partnerships/api/get-partnership';
import { CATEGORY_LABELS } from '../../../features/partnerships/labels';
import type { ProjectCategory } from '../../../features/partnerships/types';
import { useSubmit } from '../../../lib/use-submit';
import './form.scss';

const CATEGORIES = Object.keys(CATEGORY_LABELS) as ProjectCategory[];

/** Adds a project to a partnership; it starts as planned and is run by the chosen side. */
export default function NewProjectPage() {
  const partnership = usePartnership(Number(useRouter().params.id)).data;
  const [title, setTitle] = useState('');
  const [category, setCategory] = useState<ProjectCategory>('income');
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState(0);
  const [plannedStart, setPlannedStart] = useState<string>();
  const [plannedEnd, setPlannedEnd] = useState<string>();
  const sides = partnership ? [partnership.communityA, partnership.communityB] : [];
  const { submitting, submit } = useSubmit(
    () => addProject(partnership!.id, { title: title.trim(), category, description: description.trim(), ownerCommunityId: sides[owner].id, plannedStart, plannedEnd }),
    '已添加',
  );
  if (!partnership) return <PageShell><Loading /></PageShell>;
  return (
    <PageShell>
      <Card flush>
        <FormField label='项目名称'>
          <TextInput placeholder='如：红岛海鲜产供销共同体' value={title} maxlength={100} onChange={setTitle} />
        </FormField>
        <PickerRow label='类别' options={CATEGORIES} value={category} text={(c) => `${CATEGORY_LABELS[c]}类`} onChange={setCategory} />
        <PickerRow label='牵头社区' options={sides} value={sides[owner]} text={(c) => c.name} onChange={(c) => setOwner(sides.indexOf(c))} />
        <DateTimeRow label='计划开始' mode='date' value={plannedStart ?? ''} placeholder='选择日期' onChange={setPlannedStart} />
        <DateTimeRow label='计划完成' mode='date' value={plannedEnd ?? ''} placeholder='选择日期' onChange={setPlannedEnd} />
        <FormField label='项目内容' stacked>
          <TextArea placeholder='做什么、怎么做、谁受益' value={description} maxlength={2000} onChange={setDescription} />
        </FormField>
      </Card>
      <View className='partnership-form__submit'>
        <ActionButton block disabled={!title.trim() || !description.trim()} loading={submitting} onClick={submit}>
          添加项目
        </ActionButton>
      </View>
    </PageShell>
  );
}
