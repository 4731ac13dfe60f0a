import StatusTag, { type Tone } from '../../../components/StatusTag';
import { CATEGORY_LABELS, STATUS_LABELS } from '../labels';
import type { ProjectCategory, ProjectStatus } from '../types';

const STATUS_TONES: Record<ProjectStatus, Tone> = { planned: 'neutral', started: 'warning', completed: 'success' };

export const ProjectStatusTag = ({ status }: { status: ProjectStatus }) => <StatusTag tone={STATUS_TONES[status]} label={STATUS_LABELS[status]} />;

export const ProjectCategoryTag = ({ category }: { category: ProjectCategory }) => <StatusTag tone='brand' label={CATEGORY_LABELS[category]} />;
