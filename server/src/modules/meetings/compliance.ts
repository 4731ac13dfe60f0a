import { rawDate as asDate } from '../../db/base.entity';
import { In, IsNull, type EntityManager } from 'typeorm';
import { getOrThrow } from '../../errors';
import { page } from '../../core/paging';
import { quarterOf } from '../../core/time';
import { Community, NewOrganization, Organization, organizationPath, Street } from '../orgs';
import { Meeting } from './entities';
import { latestDuePeriods, MEETING_CADENCE, MEETING_KINDS, meetingDueAt, type MeetingKind } from './kinds';
import { COMPLIANCE_STATUSES, ORG_GROUPS, type CompliancePeriodsInput, type MeetingComplianceInput } from './schemas';

type Status = (typeof COMPLIANCE_STATUSES)[number];
type Group = (typeof ORG_GROUPS)[number];

/** The organisations that hold 三会一课 themselves: the grassroots ones, not the committees above them. */
const GRASSROOTS = ['party_committee', 'general_branch', 'branch'] as const;

/** The month, quarter and year checked: as asked, else following the month asked, else the latest already due. */
function periodsOf(q: CompliancePeriodsInput, now: Date) {
  const due = latestDuePeriods(now);
  const month = q.period ?? due.month;
  return { month, quarter: q.quarter ?? (q.period ? quarterOf(q.period) : due.quarter), year: q.year ?? (q.period ? q.period.slice(0, 4) : due.year) };
}

/** The tree path compliance looks under: an organisation's, a street's 党工委's, or the whole district. */
async function rootPath(db: EntityManager, q: CompliancePeriodsInput): Promise<string> {
  if (q.organizationId) return organizationPath(db, q.organizationId);
  if (q.streetId) return organizationPath(db, getOrThrow(await db.findOneBy(Street, { id: q.streetId }), '街道').organizationId);
  return '/';
}

/**
 * Per grassroots organisation in view and kind: the meetings that count for the kind's period (held
 * by the due date: on_time, after: late); with none, missing once the due date has passed, else
 * not_due. Every organisation in view, since the filters and the summary need them all.
 */
export async function complianceRows(db: EntityManager, q: CompliancePeriodsInput, now: Date) {
  const { month, quarter, year } = periodsOf(q, now);
  const periodOf = (k: MeetingKind) => ({ monthly: month, quarterly: quarter, yearly: year })[MEETING_CADENCE[k]];
  const root = await rootPath(db, q);
  const orgs = await db
    .createQueryBuilder(Organization, 'o')
    .where('o.path LIKE :root AND o.kind IN (:...kinds) AND o.closedAt IS NULL', { root: `${root}%`, kinds: GRASSROOTS })
    .orderBy('o.id')
    .getMany();
  const ids = orgs.map((o) => o.id);
  const [streets, communities, enterprises, held] = await Promise.all([
    db.find(Street, { where: { closedAt: IsNull() } }),
    ids.length ? db.find(Community, { where: { organizationId: In(ids) } }) : [],
    ids.length ? db.find(NewOrganization, { where: { partyOrganizationId: In(ids) }, select: { id: true, partyOrganizationId: true } }) : [],
    db
      .createQueryBuilder(Meeting, 'm')
      .select(['m.organizationId AS organizationId', 'm.kind AS kind', 'COUNT(*) AS held', 'MIN(m.heldAt) AS firstHeldAt'])
      .where('m.organizationPath LIKE :root AND m.period IN (:...periods)', { root: `${root}%`, periods: [month, quarter, year] })
      .groupBy('m.organizationId')
      .addGroupBy('m.kind')
      .getRawMany<{ organizationId: number | string; kind: MeetingKind; held: number | string; firstHeldAt: string | Date }>(),
  ]);
  const streetPaths = await Promise.all(streets.map(async (s) => ({ street: s, path: await organizationPath(db, s.organizationId) })));
  const communityOf = new Map(communities.map((c) => [c.organizationId, c]));
  const enterprise = new Set(enterprises.map((n) => n.partyOrganizationId));
  // Each kind's meetings carry periods of its own cadence only, so a group holds that kind's one period.
  const heldBy = new Map(held.map((r) => [`${Number(r.organizationId)}:${r.kind}`, { held: Number(r.held), first: asDate(r.firstHeldAt) }]));
  const items = orgs.map((o) => {
    const street = streetPaths.find((s) => o.path.startsWith(s.path))?.street ?? null;
    const community = communityOf.get(o.id);
    const group: Group = community ? community.kind : enterprise.has(o.id) ? 'enterprise' : 'other';
    const kinds = MEETING_KINDS.map((kind) => {
      const period = periodOf(kind);
      const due = meetingDueAt(kind, period);
      const h = heldBy.get(`${o.id}:${kind}`);
      const status: Status = h ? (h.first <= due ? 'on_time' : 'late') : due <= now ? 'missing' : 'not_due';
      return { kind, period, dueAt: due.toISOString(), required: 1, held: h?.held ?? 0, status, firstHeldAt: h?.first.toISOString() ?? null };
    });
    return { organizationId: o.id, organizationName: o.name, group, streetId: street?.id ?? null, streetName: street?.name ?? null, kinds };
  });
  return { period: month, quarter, year, items };
}

/** `GET /api/meeting-compliance`: the rows, or with `status` (and `kind`, `group`) the rows behind one figure of the summary. */
export async function meetingCompliance(db: EntityManager, q: MeetingComplianceInput, now: Date) {
  const { items, ...periods } = await complianceRows(db, q, now);
  const matching = items.filter(
    (i) => (!q.group || i.group === q.group) && (!q.status || i.kinds.some((k) => k.status === q.status && (!q.kind || k.kind === q.kind))),
  );
  return { ...page(matching.slice((q.page - 1) * q.pageSize, q.page * q.pageSize), matching.length, q), ...periods };
}

const zeroCounts = () => Object.fromEntries(COMPLIANCE_STATUSES.map((s) => [s, 0])) as Record<Status, number>;
const zeroKinds = () => Object.fromEntries(MEETING_KINDS.map((k) => [k, zeroCounts()])) as Record<MeetingKind, Record<Status, number>>;

/** Counts from the same rows: per kind, per street (the district's roll-up), and the 组织生活会 held per group of organisations. */
export async function meetingComplianceSummary(db: EntityManager, q: CompliancePeriodsInput, now: Date) {
  const { items, ...periods } = await complianceRows(db, q, now);
  const byKind = zeroKinds();
  const orgLifeByGroup = Object.fromEntries(ORG_GROUPS.map((g) => [g, { organizations: 0, held: 0 }])) as Record<Group, { organizations: number; held: number }>;
  const streets = new Map<number, { streetId: number; streetName: string; organizations: number; byKind: ReturnType<typeof zeroKinds> }>();
  for (const i of items) {
    const street = i.streetId === null ? null : streets.get(i.streetId) ?? streets.set(i.streetId, { streetId: i.streetId, streetName: i.streetName!, organizations: 0, byKind: zeroKinds() }).get(i.streetId)!;
    if (street) street.organizations++;
    for (const k of i.kinds) {
      byKind[k.kind][k.status]++;
      if (street) street.byKind[k.kind][k.status]++;
      if (k.kind === 'org_life') {
        orgLifeByGroup[i.group].organizations++;
        if (k.held) orgLifeByGroup[i.group].held++;
      }
    }
  }
  return { ...periods, organizations: items.length, byKind, orgLifeByGroup, streets: [...streets.values()].sort((a, b) => a.streetId - b.streetId) };
}
