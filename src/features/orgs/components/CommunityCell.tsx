import Cell from '../../../components/Cell';
import { COMMUNITY_KIND_LABELS, type Community } from '../types';

interface Props {
  community: Community;
  selected?: boolean;
  onClick?: () => void;
}

export default function CommunityCell({ community, selected = false, onClick }: Props) {
  return (
    <Cell
      title={community.name}
      description={`${community.streetName} · ${COMMUNITY_KIND_LABELS[community.kind]}`}
      value={selected ? '当前' : undefined}
      onClick={onClick}
    />
  );
}
