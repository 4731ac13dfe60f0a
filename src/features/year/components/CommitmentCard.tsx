import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import Card from '../../../components/Card';
import StatusTag from '../../../components/StatusTag';
import { formatDate } from '../../../lib/format';
import { COMMITMENT_KIND_LABELS, type Commitment } from '../api';
import './CommitmentCard.scss';

/** A commitment with its author, kind and what was done, newest note first; `footer` for the author's tools. */
export default function CommitmentCard({ c, footer }: { c: Commitment; footer?: ReactNode }) {
  return (
    <Card title={`${c.author} · ${c.organizationName}`} extra={<StatusTag tone={c.kind === 'official' ? 'danger' : 'info'} label={COMMITMENT_KIND_LABELS[c.kind]} />}>
      <View className='year-commitment__content'>{c.content}</View>
      <View className='year-commitment__label'>践诺情况</View>
      {c.fulfilments.length === 0 && <View className='year-commitment__empty'>尚未填写</View>}
      {c.fulfilments.map((f) => (
        <View key={f.id} className='year-commitment__note'>
          <View className='year-commitment__text'>{f.note}</View>
          <View className='year-commitment__time'>{formatDate(f.createdAt)}</View>
        </View>
      ))}
      {footer}
    </Card>
  );
}

