import Cell from '../../../components/Cell';
import { CATEGORY_LABELS, partnershipName } from '../labels';
import { openPage } from '../../../lib/routes';
import type { PairHead, PartnershipProject } from '../types';
import { ProjectStatusTag } from './ProjectTags';

/** A project in a list: title, category and who runs it (or the pair, in a district-wide list). */
export default function ProjectCell({ project, partnership }: { project: PartnershipProject; partnership?: PairHead }) {
  const by = partnership ? partnershipName(partnership) : `${project.ownerCommunity.name}牵头`;
  return <Cell title={project.title} description={`${CATEGORY_LABELS[project.category]}类 · ${by}`} value={<ProjectStatusTag status={project.status} />} onClick={() => openPage('partnershipProject', { id: project.id })} />;
}
