import type { EntityManager } from 'typeorm';
import type { Deps } from '../../deps';
import { onCalendarDay } from '../../core/time';
import { inTransaction } from '../../db/transaction';
import { Community, Street } from '../orgs';
import { AGREEMENT_TITLE, DEMO_PAIRS, FIRST_PAIR_LISTS, NAMED_PROJECTS, PROJECT_TOTALS, STARTED_TOTAL, TEMPLATES, listsFor, type DemoProject } from './demo-pairs';
import { LIST_KINDS, Partnership, PartnershipListItem, PartnershipMembership, PartnershipProject, ProjectProgress, type ProjectCategory } from './entities';

const shanghai = (date: string) => onCalendarDay(date, 10);
const short = (name: string) => name.replace(/社区$/, '');

/** The 2020 pairs, lists, projects and progress of the article, as rows (bulk inserts, one transaction). */
export async function seedPartnerships(deps: Deps): Promise<void> {
  if (await deps.db.manager.count(Partnership)) return;
  await inTransaction(deps.db, async (m) => {
    const byName = await communitiesByName(m);
    const sides = DEMO_PAIRS.map(([a, street, b]) => [byName.get(`城阳街道/${a}`)!, byName.get(`${street}/${b}`)!] as const);
    await m.insert(
      Partnership,
      sides.map(([a, b], i) => ({ communityAId: a.id, communityBId: b.id, year: 2020, signedAt: shanghai(i === 0 ? '2020-07-14' : `2020-07-${String(8 + i).padStart(2, '0')}`), agreementTitle: AGREEMENT_TITLE, agreementFileId: null })),
    );
    const pairIds = await Promise.all(sides.map(async ([a]) => (await m.findOneByOrFail(Partnership, { communityAId: a.id, year: 2020 })).id));
    await m.insert(PartnershipMembership, sides.flatMap(([a, b], i) => [a, b].map((c) => ({ partnershipId: pairIds[i], communityId: c.id, year: 2020 }))));
    await m.insert(
      PartnershipListItem,
      sides.flatMap(([a, b], i) => {
        const [listA, listB] = i === 0 ? [FIRST_PAIR_LISTS.a, FIRST_PAIR_LISTS.b] : [listsFor(b.name, true), listsFor(a.name, false)];
        return [[a, listA], [b, listB]].flatMap(([c, list]) => LIST_KINDS.map((kind) => ({ partnershipId: pairIds[i], communityId: (c as Community).id, kind, content: (list as Record<string, string>)[kind] })));
      }),
    );
    const projects = demoProjects();
    await m.insert(
      PartnershipProject,
      projects.map((p, k) => {
        const [a, b] = sides[p.pair];
        return {
          partnershipId: pairIds[p.pair], title: p.title, category: p.category, description: p.description, ownerCommunityId: (p.ownedByPartner ? b : a).id,
          plannedStart: '2020-08-01', plannedEnd: '2020-12-31', status: p.started ? ('started' as const) : ('planned' as const), startedAt: p.started ? shanghai(`2020-08-${String(3 + (k % 25)).padStart(2, '0')}`) : null,
        };
      }),
    );
    const started = await m.find(PartnershipProject, { where: { status: 'started' } });
    await m.insert(ProjectProgress, started.map((p) => ({ projectId: p.id, authorId: null, happenedAt: p.startedAt!, note: '签订项目协议，项目启动实施', status: 'started' as const, photoFileIds: [] })));
  });
}

async function communitiesByName(m: EntityManager) {
  const rows = await m.createQueryBuilder(Community, 'c').innerJoin(Street, 's', 's.id = c.streetId').select(['c.id AS id', 'c.name AS name', 's.name AS street']).getRawMany();
  return new Map(rows.map((r) => [`${r.street}/${r.name}`, { id: Number(r.id), name: r.name as string } as Community]));
}

/**
 * 42 projects: the named ones, then two per pair (three for pairs 2 and 3), their categories dealt
 * from what is left of the 10/14/18 split so every pair gets a mix; six more are started.
 */
function demoProjects(): DemoProject[] {
  const left = { ...PROJECT_TOTALS };
  for (const p of NAMED_PROJECTS) left[p.category]--;
  const used: Record<ProjectCategory, number> = { income: 0, livelihood: 0, party_building: 0 };
  let startedLeft = STARTED_TOTAL - NAMED_PROJECTS.filter((p) => p.started).length;
  const slots = DEMO_PAIRS.flatMap((_, pair) => Array.from({ length: pair === 2 || pair === 3 ? 3 : 2 }, () => pair));
  const generated = slots.slice(NAMED_PROJECTS.length).map((pair, k): DemoProject => {
    const category = (Object.keys(left) as ProjectCategory[]).reduce((x, y) => (left[y] > left[x] ? y : x));
    left[category]--;
    const templates = TEMPLATES[category];
    const [title, description] = templates[used[category]++ % templates.length](short(DEMO_PAIRS[pair][0]), short(DEMO_PAIRS[pair][2]));
    const started = k % 6 === 0 && startedLeft-- > 0;
    return { pair, title, category, description, ownedByPartner: k % 2 === 1, started };
  });
  return [...NAMED_PROJECTS, ...generated];
}
