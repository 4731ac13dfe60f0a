import { Picker } from '@tarojs/components';
import { useEffect } from 'react';
import Cell from '../../../components/Cell';

interface Props {
  /** The admin's scopes (from /api/me, which the page reads); undefined while loading. */
  scopes: { organizationId: number; name: string }[] | undefined;
  /** The chosen organisation's id; the first of the admin's scopes until they pick another. */
  value: number | null;
  onChange: (organizationId: number) => void;
}

/** The organisation a vote, a 公示 or a selection is held in: one of the admin's own scopes (the server decides again). */
export default function ScopeField({ scopes: given, value, onChange }: Props) {
  const loaded = !!given;
  const scopes = given ?? [];
  useEffect(() => {
    if (value === null && scopes.length) onChange(scopes[0].organizationId);
    // Once, when the scopes arrive: the admin's later choice must stay.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [scopes.length]);
  if (!loaded) return <Cell title='党组织' value='加载中' />;
  if (scopes.length < 2) return <Cell title='党组织' value={scopes[0]?.name ?? '无管理范围'} />;
  const at = Math.max(0, scopes.findIndex((s) => s.organizationId === value));
  return (
    <Picker mode='selector' range={scopes.map((s) => s.name)} value={at} onChange={(e) => onChange(scopes[Number(e.detail.value)].organizationId)}>
      <Cell title='党组织' value={scopes[at].name} arrow />
    </Picker>
  );
}
