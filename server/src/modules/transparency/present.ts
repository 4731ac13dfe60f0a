import { z } from 'zod';
import { Instant, Int, Rate, recordOf } from '../../core/output';
import { pageOf } from '../../core/paging';
import { CATEGORIES, COMPLIANCE_STATUSES } from '../disclosures';
import { FIGURES } from './schemas';

/** An answer is on time by its due date, late after it; unanswered, overdue once the due date passed, open before. */
export const ANSWER_STATES = ['on_time', 'late', 'overdue', 'open'] as const;
const AnswerState = z.enum(ANSWER_STATES);
const ComplianceStatus = z.enum(COMPLIANCE_STATUSES);
const Category = z.enum(CATEGORIES);

/** A count and the address of the rows it counts. */
const Linked = z.object({ count: Int, rows: z.string() }).meta({ id: 'LinkedCount' });
const Satisfaction = { satisfied: Int, unsatisfied: Int, rate: Rate.nullable() };
/** 重大事项随时公开: how many, how many give the day of the matter, and the days from it to publication (average, slowest). */
const Major = { count: Int, dated: Int, averageDays: z.number().nullable(), slowestDays: Int.nullable() };
const Record = z
  .object({ disclosureOnTimeRate: Rate.nullable(), answeredOnTimeRate: Rate.nullable(), overdue: Int })
  .meta({ id: 'TransparencyRecord' });
const Periods = z.array(
  z.object({
    period: z.string(),
    /** One per sub-category the catalogue requires every period. */
    categories: z.array(z.object({ category: Category, subCategory: z.string(), subCategoryLabel: z.string(), status: ComplianceStatus, dueAt: Instant, publishedAt: Instant.nullable(), rows: z.string() })),
  }).meta({ id: 'TransparencyPeriod' }),
);

/** The community's 公开档案. */
export const TransparencyCard = z
  .object({
    communityId: Int, communityName: z.string(), streetId: Int, streetName: z.string(), asOf: Instant,
    disclosures: z.object({ months: Periods, quarters: Periods, counts: recordOf(COMPLIANCE_STATUSES, Linked) }),
    questions: recordOf(ANSWER_STATES, Linked),
    letters: recordOf(ANSWER_STATES, Linked),
    satisfaction: z.object({ ...Satisfaction, rows: z.string() }),
    major: z.object({ ...Major, rows: z.string() }),
    record: Record,
    chainHead: z.object({ seq: Int, hash: z.string(), publishedAt: Instant }).nullable(),
  })
  .meta({ id: 'TransparencyCard' });

/** A row behind a figure: a due period of one category, or a question or letter with how it was answered. */
export const FigureRow = z.union([
  z.object({ kind: z.literal('disclosure_period'), period: z.string(), category: Category, subCategory: z.string(), subCategoryLabel: z.string(), status: ComplianceStatus, dueAt: Instant, publishedAt: Instant.nullable() }),
  z.object({
    kind: z.literal('major'), id: Int, title: z.string(), category: Category, subCategory: z.string().nullable(), matterDate: z.string().nullable(), publishedAt: Instant,
    /** Calendar days (Shanghai) from the matter to its publication; null without a day of the matter. */
    daysToPublish: Int.nullable(),
  }),
  z.object({
    kind: z.enum(['question', 'letter']), id: Int, disclosureId: Int.nullable(), title: z.string().nullable(), public: z.boolean(),
    createdAt: Instant, dueAt: Instant, repliedAt: Instant.nullable(), state: AnswerState, satisfied: z.boolean().nullable(),
  }),
]).meta({ id: 'TransparencyFigureRow' });
export const FigureRowPage = pageOf(FigureRow).extend({ figure: z.enum(FIGURES) }).meta({ id: 'TransparencyFigureRowPage' });

/** A street's (or the district's) communities ranked by their record. */
export const TransparencyRanking = z
  .object({
    streetId: Int.nullable(), asOf: Instant,
    items: z.array(
      z.object({
        rank: Int, communityId: Int, communityName: z.string(), streetId: Int, streetName: z.string(),
        disclosures: recordOf(COMPLIANCE_STATUSES, Int), questions: recordOf(ANSWER_STATES, Int), letters: recordOf(ANSWER_STATES, Int),
        satisfaction: z.object(Satisfaction), major: z.object(Major), record: Record, card: z.string(),
      }).meta({ id: 'RankedCommunity' }),
    ),
  })
  .meta({ id: 'TransparencyRanking' });
