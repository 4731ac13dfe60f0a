import type { CommunityRef } from './communities';
import type { Partnership, PartnershipListItem, PartnershipProject, ProjectProgress } from './entities';

/** Files are served by the files module; a record keeps only the id. */
export const fileUrl = (id: number) => `/api/files/${id}`;

export const presentCommunity = (c: CommunityRef) => ({ id: c.id, name: c.name, kind: c.kind, streetId: c.streetId, streetName: c.streetName });

export function presentPairHead(p: Partnership, communities: Map<number, CommunityRef>) {
  return {
    id: p.id,
    year: p.year,
    communityA: presentCommunity(communities.get(p.communityAId)!),
    communityB: presentCommunity(communities.get(p.communityBId)!),
    signedAt: p.signedAt.toISOString(),
    agreementTitle: p.agreementTitle,
    agreementFileId: p.agreementFileId,
    agreementUrl: p.agreementFileId ? fileUrl(p.agreementFileId) : null,
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

export const presentProgress = (g: ProjectProgress) => ({
  id: g.id,
  happenedAt: g.happenedAt.toISOString(),
  note: g.note,
  status: g.status,
  photoFileIds: g.photoFileIds,
  photoUrls: g.photoFileIds.map(fileUrl),
  authorId: g.authorId,
});
