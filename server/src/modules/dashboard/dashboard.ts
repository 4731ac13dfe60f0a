import type { EntityManager } from 'typeorm';
import { z } from 'zod';
import { isDistrictAdmin, type Actor } from '../../core/actor';
import { Int, Rate } from '../../core/output';
import { covers, newOrganizationCoverage, Organization, Street } from '../orgs';
import { participationFilter, participationSummary, ParticipationSummary } from '../activities';
import { complianceSummary, ComplianceSummary } from '../disclosures';
import { meetingComplianceSummary, MeetingComplianceSummary } from '../meetings';
import { taskSummary } from '../responsibility';
import { partnershipSummary, PartnershipSummary } from '../partnerships';
import { dashboardPolicy } from './policy';

type DashboardScope = { level: 'district' | 'public'; streetId: null; streetName: null } | { level: 'street'; streetId: number; streetName: string };

/**
 * Which part of the district a dashboard shows. A district admin sees the district or any street;
 * a street admin their street (another street is OUT_OF_SCOPE); everyone else the public,
 * district-wide summary, without a street filter.
 */
async function dashboardScope(db: EntityManager, actor: Actor | undefined, streetId?: number): Promise<DashboardScope> {
  const streets = await db
    .createQueryBuilder(Street, 's')
    .innerJoin(Organization, 'o', 'o.id = s.organizationId')
    .select(['s.id AS id', 's.name AS name', 'o.path AS path'])
    .orderBy('s.id')
    .getRawMany<{ id: number | string; name: string; path: string }>();
  const street = (s: (typeof streets)[number]) => ({ level: 'street' as const, streetId: Number(s.id), streetName: s.name });
  const mine = streets.filter((s) => covers(actor, s.path));
  const district = isDistrictAdmin(actor) || (mine.length > 0 && mine.length === streets.length);
  if (streetId) {
    await dashboardPolicy.viewStreet(db, actor, streetId);
    return street(streets.find((s) => Number(s.id) === streetId)!);
  }
  if (district) return { level: 'district', streetId: null, streetName: null };
  if (mine.length) return street(mine[0]);
  return { level: 'public', streetId: null, streetName: null };
}

export const Dashboard = z
  .object({
    scope: z.union([
      z.object({ level: z.enum(['district', 'public']), streetId: z.null(), streetName: z.null() }),
      z.object({ level: z.literal('street'), streetId: Int, streetName: z.string() }),
    ]),
    year: Int.nullable(),
    partnerships: PartnershipSummary,
    newOrganizations: z.object({ shouldEstablish: Int, established: Int, own: Int, joint: Int, none: Int, rate: Rate }),
    disclosureCompliance: ComplianceSummary,
    activityParticipation: ParticipationSummary,
    meetingCompliance: MeetingComplianceSummary,
    tasks: z.object({ tasks: Int, done: Int, open: Int, overdue: Int }),
  })
  .meta({ id: 'Dashboard' });

/**
 * The district dashboard: every figure is a count of rows, and each has a drill list
 * (`/partnerships`, `/partnerships/communities`, `/partnership-projects`, `/new-organizations`,
 * `/disclosure-compliance?category=&status=`, `/activity-participation`, `/meeting-compliance?kind=&status=&group=`
 * with the figure's `period`, `quarter` and `year`, `/tasks?overdue=` and `/task-lists`) that takes the same
 * `streetId`, `year` and `period` and answers exactly the rows counted.
 */
export async function dashboard(db: EntityManager, actor: Actor | undefined, q: { streetId?: number; year?: number; period?: string }, now: Date): Promise<z.infer<typeof Dashboard>> {
  const scope = await dashboardScope(db, actor, q.streetId);
  const streetId = scope.streetId ?? undefined;
  const [partnerships, coverage, disclosureCompliance, activityParticipation, meetingCompliance, tasks] = await Promise.all([
    partnershipSummary(db, { streetId, year: q.year }),
    newOrganizationCoverage(db, { streetId }),
    complianceSummary(db, { streetId, period: q.period }, now),
    participationFilter(db, actor, { streetId, year: q.year }, now).then((f) => participationSummary(db, f, now)),
    meetingComplianceSummary(db, { streetId, period: q.period }, now),
    taskSummary(db, { streetId, year: q.year }, now),
  ]);
  const own = coverage.streets.reduce((n, s) => n + s.own, 0);
  return {
    scope,
    year: q.year ?? null,
    partnerships,
    newOrganizations: {
      shouldEstablish: coverage.shouldEstablish,
      established: coverage.established,
      own,
      joint: coverage.established - own,
      none: coverage.shouldEstablish - coverage.established,
      rate: coverage.rate,
    },
    disclosureCompliance,
    activityParticipation,
    meetingCompliance,
    tasks,
  };
}
