import { In, type EntityManager } from 'typeorm';
import type { Deps } from '../../deps';
import { Conflict, getOrThrow } from '../../errors';
import { page, type PagingInput } from '../../core/paging';
import { inTransaction } from '../../db/transaction';
import type { Actor } from '../../core/actor';
import { recordAudit } from '../audit';
import { assertFilesExist, fileUrls } from '../files';
import { communityRef, communityRefs } from './communities';
import { Partnership, PartnershipProject, PROJECT_STATUSES, ProjectProgress, type ProjectCategory, type ProjectStatus } from './entities';
import { projectsQuery, type ProjectFilter } from './filters';
import { assertInPair } from './pairs';
import { partnershipPolicy } from './policy';
import { presentPairHead, presentProgress, presentProject } from './present';

export interface NewProject {
  title: string;
  category: ProjectCategory;
  description: string;
  ownerCommunityId?: number;
  plannedStart?: string;
  plannedEnd?: string;
}
export interface NewProgress {
  note: string;
  happenedAt?: Date;
  photoFileIds?: number[];
}

const STATUS_NOTE: Record<ProjectStatus, string> = { planned: '项目已确定', started: '项目已启动实施', completed: '项目已完成' };

/** A project is run by one side of the pair (the first community unless named); its admins manage it. */
export async function addProject(deps: Deps, actor: Actor, partnershipId: number, input: NewProject) {
  const id = await inTransaction(deps.db, async (m) => {
    const pair = getOrThrow(await m.findOneBy(Partnership, { id: partnershipId }), '联建共建对子');
    const ownerCommunityId = input.ownerCommunityId ?? pair.communityAId;
    assertInPair(pair, ownerCommunityId);
    const owner = await communityRef(m, ownerCommunityId);
    const path = await partnershipPolicy.addProject(m, actor, owner);
    const project = await m.save(m.create(PartnershipProject, { ...input, partnershipId, ownerCommunityId, plannedStart: input.plannedStart ?? null, plannedEnd: input.plannedEnd ?? null, status: 'planned' }));
    await recordAudit(m, actor, { action: 'partnership_project.create', entityType: 'partnership_project', entityId: project.id, organizationPath: path, after: presentProject(project, new Map([[owner.id, owner]])) });
    return project.id;
  });
  return getProject(deps.db.manager, id);
}

/**
 * Moves a project on. Status only moves forward (planned → started → completed, skipping allowed):
 * the single conditional UPDATE accepts only an earlier status, so a late or repeated request
 * cannot move a project back (409), also when two admins act at once.
 */
export async function moveProject(deps: Deps, actor: Actor, id: number, input: { status: ProjectStatus; progressNote?: string; photoFileIds?: number[] }) {
  await inTransaction(deps.db, async (m) => {
    const { project, path } = await projectForAdmin(m, actor, id);
    await assertFilesExist(m, input.photoFileIds ?? [], 'photoFileIds');
    const earlier = PROJECT_STATUSES.slice(0, PROJECT_STATUSES.indexOf(input.status));
    const now = deps.clock.now();
    const stamp = input.status === 'started' ? { startedAt: now } : input.status === 'completed' ? { completedAt: now, startedAt: project.startedAt ?? now } : {};
    const result = earlier.length
      ? await m.createQueryBuilder().update(PartnershipProject).set({ status: input.status, ...stamp }).where('id = :id AND status IN (:...earlier)', { id, earlier }).execute()
      : { affected: 0 };
    if (!result.affected) throw new Conflict('STATUS_NOT_FORWARD', '项目状态只能向前推进', { from: project.status, to: input.status });
    await m.insert(ProjectProgress, { projectId: id, authorId: actor.id, happenedAt: now, note: input.progressNote ?? STATUS_NOTE[input.status], status: input.status, photoFileIds: input.photoFileIds ?? [] });
    await recordAudit(m, actor, { action: 'partnership_project.status', entityType: 'partnership_project', entityId: id, organizationPath: path, before: { status: project.status }, after: { status: input.status, note: input.progressNote ?? null } });
  });
  return getProject(deps.db.manager, id);
}

export async function addProgress(deps: Deps, actor: Actor, id: number, input: NewProgress) {
  const entry = await inTransaction(deps.db, async (m) => {
    const { path } = await projectForAdmin(m, actor, id);
    await assertFilesExist(m, input.photoFileIds ?? [], 'photoFileIds');
    const saved = await m.save(m.create(ProjectProgress, { projectId: id, authorId: actor.id, happenedAt: input.happenedAt ?? deps.clock.now(), note: input.note, status: null, photoFileIds: input.photoFileIds ?? [] }));
    await recordAudit(m, actor, { action: 'partnership_project.progress', entityType: 'partnership_project', entityId: id, organizationPath: path, after: presentProgress(saved, await fileUrls(m, saved.photoFileIds)) });
    return saved;
  });
  return presentProgress(entry, await fileUrls(deps.db.manager, entry.photoFileIds));
}

async function projectForAdmin(m: EntityManager, actor: Actor, id: number) {
  const project = getOrThrow(await m.findOneBy(PartnershipProject, { id }), '联建共建项目');
  const path = await partnershipPolicy.manageProject(m, actor, await communityRef(m, project.ownerCommunityId));
  return { project, path };
}

/** One project with its pair and its progress timeline, oldest entry first. */
export async function getProject(db: EntityManager, id: number) {
  const project = getOrThrow(await db.findOneBy(PartnershipProject, { id }), '联建共建项目');
  const pair = await db.findOneByOrFail(Partnership, { id: project.partnershipId });
  const progress = await db.find(ProjectProgress, { where: { projectId: id }, order: { happenedAt: 'ASC', id: 'ASC' } });
  const communities = await communityRefs(db, [pair.communityAId, pair.communityBId]);
  const urls = await fileUrls(db, [...(pair.agreementFileId ? [pair.agreementFileId] : []), ...progress.flatMap((g) => g.photoFileIds)]);
  return { ...presentProject(project, communities), partnership: presentPairHead(pair, communities, urls), progress: progress.map((g) => presentProgress(g, urls)) };
}

/** The rows behind every project figure of the summary and the dashboard (same filters, same query). */
export async function listProjects(db: EntityManager, q: PagingInput & ProjectFilter) {
  const [projects, total] = await projectsQuery(db, q).orderBy('pr.id').skip((q.page - 1) * q.pageSize).take(q.pageSize).getManyAndCount();
  const pairs = projects.length ? await db.findBy(Partnership, { id: In([...new Set(projects.map((p) => p.partnershipId))]) }) : [];
  const communities = await communityRefs(db, pairs.flatMap((p) => [p.communityAId, p.communityBId]));
  const pairById = new Map(pairs.map((p) => [p.id, p]));
  const urls = await fileUrls(db, pairs.flatMap((p) => (p.agreementFileId ? [p.agreementFileId] : [])));
  return page(projects.map((pr) => ({ ...presentProject(pr, communities), partnership: presentPairHead(pairById.get(pr.partnershipId)!, communities, urls) })), total, q);
}
