import { Input, Picker, Textarea, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import FormField from '../../../components/FormField';
import Loading from '../../../components/Loading';
import PageShell from '../../../components/PageShell';
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
  const date = (value: string | undefined, set: (v: string) => void) => (
    <Picker mode='date' value={value ?? ''} onChange={(e) => set(e.detail.value)}>
      <View className={value ? '' : 'partnership-form__value--empty'}>{value ?? '选择日期'}</View>
    </Picker>
  );
  return (
    <PageShell>
      <View className='partnership-form'>
        <FormField label='项目名称'>
          <Input className='partnership-form__input' placeholder='如：红岛海鲜产供销共同体' value={title} maxlength={100} onInput={(e) => setTitle(e.detail.value)} />
        </FormField>
        <FormField label='类别'>
          <Picker mode='selector' range={CATEGORIES.map((c) => `${CATEGORY_LABELS[c]}类`)} value={CATEGORIES.indexOf(category)} onChange={(e) => setCategory(CATEGORIES[Number(e.detail.value)])}>
            <View>{CATEGORY_LABELS[category]}类</View>
          </Picker>
        </FormField>
        <FormField label='牵头社区'>
          <Picker mode='selector' range={sides.map((c) => c.name)} value={owner} onChange={(e) => setOwner(Number(e.detail.value))}>
            <View>{sides[owner].name}</View>
          </Picker>
        </FormField>
        <FormField label='计划开始'>{date(plannedStart, setPlannedStart)}</FormField>
        <FormField label='计划完成'>{date(plannedEnd, setPlannedEnd)}</FormField>
        <FormField label='项目内容'>
          <Textarea className='partnership-form__textarea' value={description} maxlength={2000} onInput={(e) => setDescription(e.detail.value)} />
        </FormField>
        <View className='partnership-form__submit'>
          <ActionButton block disabled={!title.trim() || !description.trim()} loading={submitting} onClick={submit}>
            添加项目
          </ActionButton>
        </View>
      </View>
    </PageShell>
  );
}
