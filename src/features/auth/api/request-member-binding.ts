import { useState } from 'react';
import { request } from '../../../lib/api-client';
import type { BindingStatus } from '../types';

export interface MemberBindingInput {
  name: string;
  phone: string;
  organizationId: number;
}

export const requestMemberBinding = (input: MemberBindingInput) =>
  request<{ status: BindingStatus }>({ method: 'POST', path: '/api/me/member-binding', body: input });

/** Submitting the request; the client's toast already tells the user why a failure failed. */
export function useRequestMemberBinding() {
  const [submitting, setSubmitting] = useState(false);
  const submit = async (input: MemberBindingInput): Promise<boolean> => {
    setSubmitting(true);
    try {
      await requestMemberBinding(input);
      return true;
    } catch {
      return false;
    } finally {
      setSubmitting(false);
    }
  };
  return { submitting, submit };
}
