import type { CommunityRef } from './communities';
import type { Partnership, PartnershipListItem, PartnershipProject, ProjectProgress } from './entities';

export const presentCommunity = (c: CommunityRef) => ({ id: c.id, name: c.name, kind: c.kind, streetId: c.streetId, streetName: c.streetName });

/** `urls`: the files module's URLs by file id (fileUrls); a record keeps only the ids. */
export function presentPairHead(p: Partnership, communities: Map<number, CommunityRef>, urls: Map<number, string>) {
  return {
    id: p.id,
    year: p.year,
    communityA: presentCommunity(communities.get(p.communityAId)!),
    communityB: presentCommunity(communities.get(p.communityBId)!),
    signedAt: p.signedAt.toISOString(),
    agreementTitle: p.agreementTitle,
    agreementFileId: p.agreementFileId,
    agreementUrl: (p.agreementFileId && urls.get(p.agreementFileId)) || null,
  };
}

export const presentListItem = (i: PartnershipListItem) => ({ id: i.id, communityId: i.communityId, kind: i.kind, content: i.content, createdAt: i.createdAt.toISOString() });

/** The three lists of a pair, each holding both communities' entries. */
export const presentLists = (items: PartnershipListItem[]) => ({
  resource: items.filter((i) => i.kind === 'resource').map(presentListItem),
  need: items.filter((i) => i.kind === 'need').map(presentListItem),
  service: items.filter((i) => i.kind === 'service').map(presentListItem),
});

export function presentProject(pr: PartnershipProject, communities: Map<number, CommunityRef>) {
  return {
    id: pr.id,
    partnershipId: pr.partnershipId,
    title: pr.title,
    category: pr.category,
    description: pr.description,
    ownerCommunityId: pr.ownerCommunityId,
    ownerCommunity: presentCommunity(communities.get(pr.ownerCommunityId)!),
    plannedStart: pr.plannedStart,
    plannedEnd: pr.plannedEnd,
    status: pr.status,
    startedAt: pr.startedAt?.toISOString() ?? null,
    completedAt: pr.completedAt?.toISOString() ?? null,
    createdAt: pr.createdAt.toISOString(),
  };
}

export const presentProgress = (g: ProjectProgress, urls: Map<number, string>) => ({
  id: g.id,
  happenedAt: g.happenedAt.toISOString(),
  note: g.note,
  status: g.status,
  photoFileIds: g.photoFileIds,
  photoUrls: g.photoFileIds.flatMap((id) => urls.get(id) ?? []),
  authorId: g.authorId,
});
