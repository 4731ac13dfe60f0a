import { Picker, Textarea, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import FormField from '../../../components/FormField';
import Loading from '../../../components/Loading';
import PageShell from '../../../components/PageShell';
import { useProject } from '../../../features/partnerships/api/get-project';
import { moveProject } from '../../../features/partnerships/api/move-project';
import { nextStatuses, STATUS_LABELS } from '../../../features/partnerships/labels';
import { useSubmit } from '../../../lib/use-submit';
import './form.scss';

/** Moves a project on (never back) with a dated note for its timeline. */
export default function MoveProjectPage() {
  const project = useProject(Number(useRouter().params.id)).data;
  const [choice, setChoice] = useState(0);
  const [note, setNote] = useState('');
  const options = project ? nextStatuses(project.status) : [];
  const { submitting, submit } = useSubmit(() => moveProject(project!.id, { status: options[choice], progressNote: note.trim() || undefined }), '已更新');
  if (!project) return <PageShell><Loading /></PageShell>;
  return (
    <PageShell>
      <View className='partnership-form'>
        <FormField label='项目'>{project.title}</FormField>
        <FormField label='当前状态'>{STATUS_LABELS[project.status]}</FormField>
        <FormField label='推进到'>
          <Picker mode='selector' range={options.map((s) => STATUS_LABELS[s])} value={choice} onChange={(e) => setChoice(Number(e.detail.value))}>
            <View>{options.length ? STATUS_LABELS[options[choice]] : '已完成'}</View>
          </Picker>
        </FormField>
        <FormField label='进展说明'>
          <Textarea className='partnership-form__textarea' placeholder='如：签订项目协议，首批海鲜进场交易' value={note} maxlength={1000} onInput={(e) => setNote(e.detail.value)} />
        </FormField>
        <View className='partnership-form__hint'>项目状态只能向前推进，提交后不可撤回。</View>
        <View className='partnership-form__submit'>
          <ActionButton block disabled={!options.length} loading={submitting} onClick={submit}>
            确认推进
          </ActionButton>
        </View>
      </View>
    </PageShell>
  );
}
