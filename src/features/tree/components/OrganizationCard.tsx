import { Input, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState, type ReactNode } from 'react';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import Cell from '../../../components/Cell';
import FormField from '../../../components/FormField';
import { formatDate } from '../../../lib/format';
import { ORGANIZATION_KIND_LABELS, type Organization } from '../../orgs';
import { useCloseOrganization } from '../api/close-organization';
import { renameOrganization } from '../api/rename-organization';
import './TreeForms.scss';

interface Props {
  organization: Organization;
  /** Links of the page: 任命管理员, 两新组织. */
  children?: ReactNode;
  onChanged: () => void;
}

/** The organisation being looked at: its kind, 改名 in place, 撤销 after a confirm (not the district itself). */
export default function OrganizationCard({ organization: o, children, onChanged }: Props) {
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(o.name);
  const [busy, setBusy] = useState(false);
  const closing = useCloseOrganization(onChanged);

  const rename = async () => {
    const n = name.trim();
    if (!n || busy) return;
    setBusy(true);
    try {
      await renameOrganization(o.id, n);
      void Taro.showToast({ title: '已改名', icon: 'success' });
      setRenaming(false);
      onChanged();
    } catch {
      // Shown by the client's toast.
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title={o.name} flush>
      <Cell title='组织类型' value={ORGANIZATION_KIND_LABELS[o.kind]} />
      {o.closedAt ? (
        <View className='tree-form__closed'>已于 {formatDate(o.closedAt)} 撤销，仅供查看历史记录</View>
      ) : (
        <>
          {children}
          {renaming && (
            <FormField label='新名称'>
              <Input className='tree-form__input' ariaLabel='组织新名称' maxlength={100} value={name} onInput={(e) => setName(e.detail.value)} />
            </FormField>
          )}
          <View className='tree-form__actions'>
            {renaming ? (
              <>
                <ActionButton variant='plain' onClick={() => setRenaming(false)}>
                  取消
                </ActionButton>
                <ActionButton loading={busy} disabled={!name.trim() || busy} onClick={() => void rename()}>
                  保存名称
                </ActionButton>
              </>
            ) : (
              <>
                <ActionButton variant='plain' ariaLabel={`修改${o.name}的名称`} onClick={() => { setName(o.name); setRenaming(true); }}>
                  改名
                </ActionButton>
                {o.parentId !== null && (
                  <ActionButton variant='plain' loading={closing.busy} disabled={closing.busy} ariaLabel={`撤销${o.name}`} onClick={() => void closing.close(o)}>
                    撤销组织
                  </ActionButton>
                )}
              </>
            )}
          </View>
        </>
      )}
    </Card>
  );
}
