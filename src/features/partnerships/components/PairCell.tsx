import Cell from '../../../components/Cell';
import { formatDate } from '../../../lib/format';
import { pairName } from '../labels';
import { openPage } from '../../../lib/routes';
import type { Partnership } from '../types';

export default function PairCell({ pair }: { pair: Partnership }) {
  return (
    <Cell
      title={pairName(pair)}
      description={`${pair.communityA.streetName} · ${pair.communityB.streetName} · ${formatDate(pair.signedAt)} 签约`}
      value={`${pair.projects.length} 个项目`}
      onClick={() => openPage('partnership', { id: pair.id })}
    />
  );
}
