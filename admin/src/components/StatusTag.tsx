import { Tag } from 'antd';

export type Tone = 'success' | 'warning' | 'error' | 'processing' | 'default';

/** A state shown as a coloured word: the caller maps its states to a tone and a label. */
export function StatusTag<S extends string>({ value, map }: { value: S; map: Record<S, [Tone, string]> }) {
  const [tone, label] = map[value] ?? ['default', value];
  return <Tag color={tone}>{label}</Tag>;
}

/** The same map as ProTable's `valueEnum`, for its filter dropdowns. */
export const valueEnum = <S extends string>(map: Record<S, [Tone, string]>) =>
  Object.fromEntries(Object.entries(map).map(([k, v]) => [k, { text: (v as [Tone, string])[1], status: toBadge((v as [Tone, string])[0]) }]));
const toBadge = (t: Tone) => ({ success: 'Success', warning: 'Warning', error: 'Error', processing: 'Processing', default: 'Default' })[t];
