import { Picker } from '@tarojs/components';
import { useState } from 'react';
import Cell from '../../../components/Cell';
import { useOrganization } from '../api/get-organization';
import { useChildOrganizations } from '../api/list-organizations';
import { pickCommunity } from '../pick-community';
import type { Community } from '../types';

interface Props {
  /** The chosen organisation's id. */
  value: number | null;
  onChange: (organizationId: number) => void;
}

/**
 * Community first (what people know), then, where the community has branches, which branch;
 * the community's own organisation is the default.
 */
export default function OrganizationField({ value, onChange }: Props) {
  const [community, setCommunity] = useState<Community | null>(null);
  const own = useOrganization(community?.organizationId);
  const children = useChildOrganizations(community?.organizationId);

  const chooseCommunity = async () => {
    const picked = await pickCommunity();
    setCommunity(picked);
    onChange(picked.organizationId);
  };

  const options = community
    ? [own.data ?? { id: community.organizationId, name: community.name }, ...(children.data?.items ?? [])]
    : [];
  const selected = Math.max(0, options.findIndex((o) => o.id === value));

  return (
    <>
      <Cell title='所在社区' value={community ? community.name : '请选择'} onClick={chooseCommunity} />
      {options.length === 1 && <Cell title='所在党组织' value={options[0].name} />}
      {options.length > 1 && (
        <Picker
          mode='selector'
          range={options.map((o) => o.name)}
          value={selected}
          onChange={(e) => onChange(options[Number(e.detail.value)].id)}
        >
          <Cell title='所在党组织' value={options[selected].name} arrow />
        </Picker>
      )}
    </>
  );
}
