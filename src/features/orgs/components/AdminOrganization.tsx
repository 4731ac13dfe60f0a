import { Picker } from '@tarojs/components';
import { useEffect } from 'react';
import Card from '../../../components/Card';
import Cell from '../../../components/Cell';
import { useMe } from '../../auth';
import OrganizationField from './OrganizationField';

/** Which organisation in my scope the page works on: my scopes, or any community for a district admin. */
export default function AdminOrganization({ value, onChange }: { value: number | null; onChange: (organizationId: number) => void }) {
  const me = useMe();
  const scopes = me.data?.adminScopes ?? [];
  useEffect(() => {
    if (value === null && scopes.length > 0) onChange(scopes[0].organizationId);
    // Once, when the scopes arrive: the admin's later choice must stay.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scopes.length]);
  return (
    <Card flush>
      {scopes.length > 1 && (
        <Picker mode='selector' range={scopes.map((s) => s.name)} onChange={(e) => onChange(scopes[Number(e.detail.value)].organizationId)}>
          <Cell title='党组织' value={scopes.find((s) => s.organizationId === value)?.name ?? '请选择'} arrow />
        </Picker>
      )}
      {scopes.length === 1 && <Cell title='党组织' value={scopes[0].name} />}
      {scopes.length === 0 && !me.loading && <OrganizationField value={value} onChange={onChange} />}
    </Card>
  );
}
