import { z } from 'zod';
import { Instant, Int, recordOf } from '../../core/output';
import { pageOf } from '../../core/paging';
import type { CommunityRef } from './communities';
import { LIST_KINDS, PROJECT_CATEGORIES, PROJECT_STATUSES, type Partnership, type PartnershipListItem, type PartnershipProject, type ProjectProgress } from './entities';

const Status = z.enum(PROJECT_STATUSES);
const CalendarDate = z.iso.date();

export const PairCommunity = z.object({ id: Int, name: z.string(), kind: z.enum(['rural', 'urban']), streetId: Int, streetName: z.string() }).meta({ id: 'PairCommunity' });

export const presentCommunity = (c: CommunityRef): z.infer<typeof PairCommunity> => ({ id: c.id, name: c.name, kind: c.kind, streetId: c.streetId, streetName: c.streetName });

export const PairHead = z
  .object({
    id: Int, year: Int, communityA: PairCommunity, communityB: PairCommunity, signedAt: Instant,
    agreementTitle: z.string(), agreementFileId: Int.nullable(), agreementUrl: z.string().nullable(),
  })
  .meta({ id: 'PartnershipHead' });

/** `urls`: the files module's URLs by file id (fileUrls); a record keeps only the ids. */
export function presentPairHead(p: Partnership, communities: Map<number, CommunityRef>, urls: Map<number, string>): z.infer<typeof PairHead> {
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

export const ListItem = z.object({ id: Int, communityId: Int, kind: z.enum(LIST_KINDS), content: z.string(), createdAt: Instant }).meta({ id: 'PartnershipListItem' });
export const Lists = z.object({ resource: z.array(ListItem), need: z.array(ListItem), service: z.array(ListItem) }).meta({ id: 'PartnershipLists' });

export const presentListItem = (i: PartnershipListItem): z.infer<typeof ListItem> => ({ id: i.id, communityId: i.communityId, kind: i.kind, content: i.content, createdAt: i.createdAt.toISOString() });

/** The three lists of a pair, each holding both communities' entries. */
export const presentLists = (items: PartnershipListItem[]): z.infer<typeof Lists> => ({
  resource: items.filter((i) => i.kind === 'resource').map(presentListItem),
  need: items.filter((i) => i.kind === 'need').map(presentListItem),
  service: items.filter((i) => i.kind === 'service').map(presentListItem),
});

export const Project = z
  .object({
    id: Int, partnershipId: Int, title: z.string(), category: z.enum(PROJECT_CATEGORIES), description: z.string(), ownerCommunityId: Int, ownerCommunity: PairCommunity,
    plannedStart: CalendarDate.nullable(), plannedEnd: CalendarDate.nullable(), status: Status, startedAt: Instant.nullable(), completedAt: Instant.nullable(), createdAt: Instant,
  })
  .meta({ id: 'PartnershipProject' });

export function presentProject(pr: PartnershipProject, communities: Map<number, CommunityRef>): z.infer<typeof Project> {
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

export const Progress = z
  .object({ id: Int, happenedAt: Instant, note: z.string(), status: Status.nullable(), photoFileIds: z.array(Int), photoUrls: z.array(z.string()), authorId: Int.nullable() })
  .meta({ id: 'ProjectProgress' });

export const presentProgress = (g: ProjectProgress, urls: Map<number, string>): z.infer<typeof Progress> => ({
  id: g.id,
  happenedAt: g.happenedAt.toISOString(),
  note: g.note,
  status: g.status,
  photoFileIds: g.photoFileIds,
  photoUrls: g.photoFileIds.flatMap((id) => urls.get(id) ?? []),
  authorId: g.authorId,
});

/** A pair with its three lists and its projects. */
export const Pair = PairHead.extend({ lists: Lists, projects: z.array(Project) }).meta({ id: 'Partnership' });
export const PairPage = pageOf(Pair);

export const PairedCommunityPage = pageOf(PairCommunity.extend({ partnerships: z.array(z.object({ id: Int, year: Int })) }).meta({ id: 'PairedCommunity' }));

export const ProjectDetail = Project.extend({ partnership: PairHead, progress: z.array(Progress) }).meta({ id: 'PartnershipProjectDetail' });
export const ProjectPage = pageOf(Project.extend({ partnership: PairHead }).meta({ id: 'PartnershipProjectRow' }));

export const PartnershipSummary = z
  .object({
    pairs: Int, communities: Int,
    projects: z.object({ total: Int, byCategory: recordOf(PROJECT_CATEGORIES, Int), byStatus: recordOf(PROJECT_STATUSES, Int) }),
  })
  .meta({ id: 'PartnershipSummary' });
