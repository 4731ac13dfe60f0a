import { useState } from 'react';
import { request } from '../../../lib/api-client';
import type { components } from '../../../lib/api-schema';

export type MemberBindingInput = components['schemas']['MemberBindingInput'];

export const requestMemberBinding = (input: MemberBindingInput) =>
  request<components['schemas']['MemberBinding']>({ method: 'POST', path: '/api/me/member-binding', body: input });

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
