import { get, type Paged } from '../../lib/api';
import type { Tone } from '../../components/StatusTag';
import type { Schemas } from '../../lib/schema';

export type Applicant = Schemas['Applicant'];
export type Stage = Applicant['stage'];
export type DueStep = Schemas['DevelopmentDueStep'];

export const STAGE: Record<Stage, [Tone, string]> = {
  applicant: ['default', '入党申请人'], activist: ['processing', '入党积极分子'], candidate: ['warning', '发展对象'], probationary: ['error', '预备党员'], full: ['success', '正式党员'],
};
export const STAGES = Object.keys(STAGE) as Stage[];

export const applicants = (q: { page: number; pageSize: number; stage?: Stage; organizationId?: number; disqualified?: 'true' }) => get<Paged<Applicant>>('/applicants', q);
export const applicant = (id: number) => get<Applicant>(`/applicants/${id}`);
export const dueSteps = (q: { page: number; pageSize: number; organizationId?: number }) => get<Paged<DueStep>>('/applicants/due', q);
