import Cell from '../../../components/Cell';
import { formatDate } from '../../../lib/format';
import { partnershipName } from '../labels';
import { openPage } from '../../../lib/routes';
import type { Partnership } from '../types';

/** A pair in a list: both communities, where they are, when they signed, how many projects. */
export default function PartnershipCell({ partnership: p }: { partnership: Partnership }) {
  return (
    <Cell
      title={partnershipName(p)}
      description={`${p.communityA.streetName} · ${p.communityB.streetName} · ${formatDate(p.signedAt)} 签约`}
      value={`${p.projects.length} 个项目`}
      onClick={() => openPage('partnership', { id: p.id })}
    />
  );
}
