import { useRouter } from '@tarojs/taro';
import { View } from '@tarojs/components';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import Cell from '../../../components/Cell';
import FormField from '../../../components/FormField';
import { TextArea } from '../../../components/FormField/inputs';
import Loading from '../../../components/Loading';
import PageShell from '../../../components/PageShell';
import PickerRow from '../../../components/PickerRow';
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
      <Card flush>
        <Cell title='项目' value={project.title} />
        <Cell title='当前状态' value={STATUS_LABELS[project.status]} />
        {options.length ? (
          <PickerRow label='推进到' options={options} value={options[choice]} text={(s) => STATUS_LABELS[s]} onChange={(s) => setChoice(options.indexOf(s))} />
        ) : (
          <Cell title='推进到' value='已完成' />
        )}
        <FormField label='进展说明' stacked hint='项目状态只能向前推进，提交后不可撤回。'>
          <TextArea placeholder='如：签订项目协议，首批海鲜进场交易' value={note} maxlength={1000} onChange={setNote} />
        </FormField>
      </Card>
      <View className='partnership-form__submit'>
        <ActionButton block disabled={!options.length} loading={submitting} onClick={submit}>
          确认推进
        </ActionButton>
      </View>
    </PageShell>
  );
}
