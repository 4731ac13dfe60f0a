import { View } from '@tarojs/components';
import type { ReactNode } from 'react';
import Card from '../../../components/Card';
import StatusTag from '../../../components/StatusTag';
import type { MemberBinding } from '../types';
import MemberBindingForm from './MemberBindingForm';
import './MemberBindingCard.scss';

interface Props {
  binding: MemberBinding | null;
  isMember: boolean;
  /** The organisation field, from the orgs feature (the page composes them). */
  organizationField: ReactNode;
  organizationId: number | null;
  onSubmitted: () => void;
}

/** 党员认证: where my request stands, or the form to make one. */
export default function MemberBindingCard({ binding, isMember, organizationField, organizationId, onSubmitted }: Props) {
  if (isMember || binding?.status === 'approved')
    return (
      <Card title='党员认证'>
        <Status tone='success' text='已认证党员' detail={binding?.organizationName ? `所属组织：${binding.organizationName}` : undefined} />
      </Card>
    );
  if (binding?.status === 'pending')
    return (
      <Card title='党员认证'>
        <Status tone='warning' text='审核中' detail={`${binding.name}，${binding.phone}，已提交${binding.organizationName ? `至${binding.organizationName}` : ''}，请等待党组织审核`} />
      </Card>
    );
  return (
    <Card title='党员认证' flush>
      {binding?.status === 'rejected' && (
        <Status tone='danger' text='上次申请未通过' detail={binding.rejectReason ?? undefined} />
      )}
      <MemberBindingForm organizationField={organizationField} organizationId={organizationId} onSubmitted={onSubmitted} />
    </Card>
  );
}

function Status({ tone, text, detail }: { tone: 'success' | 'warning' | 'danger'; text: string; detail?: string }) {
  return (
    <View className='binding-status'>
      <StatusTag tone={tone} label={text} />
      {detail && <View className='binding-status__detail'>{detail}</View>}
    </View>
  );
}
