import { Input, Picker, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { useState } from 'react';
import ActionButton from '../../../components/ActionButton';
import Card from '../../../components/Card';
import FormField from '../../../components/FormField';
import { COMMUNITY_KIND_LABELS, type CommunityKind, type Organization } from '../../orgs';
import { createCommunity } from '../api/create-community';
import { createOrganization } from '../api/create-organization';
import { createStreet } from '../api/create-street';
import { CHILD_KIND_LABELS, childKindsOf, type ChildKind } from '../types';
import './TreeForms.scss';

const COMMUNITY_KINDS: CommunityKind[] = ['rural', 'urban'];

interface Props {
  parent: Organization;
  /** The street a 党工委 stands for (a community is created in it). */
  streetId?: number;
  onCreated: () => void;
}

/** 新建下级: a street under the district, a community under a street, a party organisation below. */
export default function NewChildForm({ parent, streetId, onCreated }: Props) {
  const kinds = childKindsOf(parent.kind);
  const [kind, setKind] = useState<ChildKind>(kinds[0]);
  const [communityKind, setCommunityKind] = useState<CommunityKind>('urban');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);

  const create = (n: string) => {
    if (kind === 'street') return createStreet(n);
    if (kind === 'community') return createCommunity({ name: n, kind: communityKind, streetId: streetId as number });
    return createOrganization({ name: n, kind, parentId: parent.id });
  };
  const submit = async () => {
    const n = name.trim();
    if (!n || busy) return;
    setBusy(true);
    try {
      await create(n);
      void Taro.showToast({ title: '已新建', icon: 'success' });
      setName('');
      onCreated();
    } catch {
      // Shown by the client's toast.
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card title='新建下级组织' flush>
      {kinds.length > 1 ? (
        <FormField label='类型'>
          <Picker mode='selector' range={kinds.map((k) => CHILD_KIND_LABELS[k])} value={kinds.indexOf(kind)} onChange={(e) => setKind(kinds[Number(e.detail.value)])}>
            <View ariaLabel='下级组织类型'>{CHILD_KIND_LABELS[kind]}</View>
          </Picker>
        </FormField>
      ) : (
        <FormField label='类型'>{CHILD_KIND_LABELS[kind]}</FormField>
      )}
      {kind === 'community' && (
        <FormField label='社区类型'>
          <Picker mode='selector' range={COMMUNITY_KINDS.map((k) => COMMUNITY_KIND_LABELS[k])} value={COMMUNITY_KINDS.indexOf(communityKind)} onChange={(e) => setCommunityKind(COMMUNITY_KINDS[Number(e.detail.value)])}>
            <View ariaLabel='社区类型'>{COMMUNITY_KIND_LABELS[communityKind]}</View>
          </Picker>
        </FormField>
      )}
      <FormField label='名称'>
        <Input
          className='tree-form__input'
          placeholder={kind === 'street' ? '街道名称，如：城阳街道' : kind === 'community' ? '社区名称，如：城阳村社区' : '组织全称'}
          ariaLabel='下级组织名称'
          maxlength={kind === 'street' || kind === 'community' ? 50 : 100}
          value={name}
          onInput={(e) => setName(e.detail.value)}
        />
      </FormField>
      <View className='tree-form__submit'>
        <ActionButton block disabled={!name.trim() || busy} loading={busy} onClick={() => void submit()}>
          新建
        </ActionButton>
      </View>
    </Card>
  );
}
