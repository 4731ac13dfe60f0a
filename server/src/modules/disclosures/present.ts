import { z } from 'zod';
import { Instant, Int, recordOf } from '../../core/output';
import { pageOf } from '../../core/paging';
import { StoredFile, type PresentedFile } from '../files';
import { CommunitySchema } from '../orgs';
import { contentHash, type HashedContent } from './canonical';
import { CATEGORIES } from './catalogue';
import { COMPLIANCE_STATUSES } from './schemas';
import type { ChainEntry as ChainEntryRow, Disclosure as DisclosureRow, DisclosureQuestion, FinanceItem as FinanceItemRow } from './entities';

const iso = (d: Date | null) => d?.toISOString() ?? null;
const Category = z.enum(CATEGORIES).meta({ id: 'DisclosureCategory' });
const Hash = z.string().regex(/^[0-9a-f]{64}$/);

export const FinanceItem = z.object({ subject: z.string(), direction: z.enum(['income', 'expense']), amountFen: Int }).meta({ id: 'FinanceItem' });
export const Totals = z.object({ incomeFen: Int, expenseFen: Int, balanceFen: Int }).meta({ id: 'Totals' });

/** Income, expense and balance in fen; only finance disclosures have them. */
export function totalsOf(category: string, items: FinanceItemRow[]): z.infer<typeof Totals> | null {
  if (category !== 'finance') return null;
  const sum = (dir: FinanceItemRow['direction']) => items.filter((i) => i.direction === dir).reduce((s, i) => s + i.amountFen, 0);
  const incomeFen = sum('income');
  const expenseFen = sum('expense');
  return { incomeFen, expenseFen, balanceFen: incomeFen - expenseFen };
}

/** A list row: no body, no attachments, so a page of them stays small. */
export const DisclosureSummary = z
  .object({
    id: Int, communityId: Int, category: Category, subCategory: z.string().nullable(), title: z.string(), period: z.string(),
    status: z.enum(['draft', 'published', 'withdrawn']), publishedAt: Instant.nullable(), revision: Int, supersedesId: Int.nullable(), supersededById: Int.nullable(),
    totals: Totals.nullable(), attachmentCount: Int, viewCount: Int, updatedAt: Instant,
    /** 重大事项随时公开 (not covered by contentHash: see docs/disclosures.md). */
    major: z.boolean(), matterDate: z.string().nullable(),
  })
  .meta({ id: 'DisclosureSummary' });
export const DisclosureSummaryPage = pageOf(DisclosureSummary);

export const presentDisclosureSummary = (d: DisclosureRow, viewCount = d.viewCount): z.infer<typeof DisclosureSummary> => ({
  id: d.id,
  communityId: d.communityId,
  category: d.category,
  subCategory: d.subCategory,
  title: d.title,
  period: d.period,
  status: d.status,
  publishedAt: iso(d.publishedAt),
  revision: d.revision,
  supersedesId: d.supersedesId,
  supersededById: d.supersededById,
  totals: totalsOf(d.category, d.items),
  attachmentCount: d.attachmentIds.length,
  viewCount,
  updatedAt: d.updatedAt.toISOString(),
  major: d.major,
  matterDate: d.matterDate,
});

export const Disclosure = DisclosureSummary.extend({
  body: z.string(), items: z.array(FinanceItem), attachments: z.array(StoredFile), revisionReason: z.string().nullable(), contentHash: Hash.nullable(), createdAt: Instant,
  /** Set once the street lawfully withdrew it: the content above is then empty, `contentHash` is what the chain recorded. */
  withdrawal: z.object({ reason: z.string(), withdrawnAt: Instant }).nullable(),
}).meta({ id: 'Disclosure' });

export const presentDisclosure = (d: DisclosureRow, attachments: PresentedFile[], viewCount = d.viewCount): z.infer<typeof Disclosure> => ({
  ...presentDisclosureSummary(d, viewCount),
  body: d.body,
  items: d.items,
  attachments,
  revisionReason: d.revisionReason,
  contentHash: d.contentHash,
  createdAt: d.createdAt.toISOString(),
  withdrawal: d.withdrawnAt && { reason: d.withdrawalReason ?? '', withdrawnAt: d.withdrawnAt.toISOString() },
});

/** The fields of a disclosure row that its content hash covers. */
type HashedFields = Pick<DisclosureRow, 'id' | 'communityId' | 'category' | 'subCategory' | 'title' | 'period' | 'body' | 'items' | 'revision' | 'supersedesId' | 'revisionReason' | 'publishedAt'>;

/** The hashed content of a published disclosure: the fields above, exactly as they are presented. */
export const hashedContentOf = (d: HashedFields, attachments: PresentedFile[]): HashedContent => ({
  id: d.id,
  communityId: d.communityId,
  category: d.category,
  subCategory: d.subCategory,
  title: d.title,
  period: d.period,
  body: d.body,
  items: d.items.map((i) => ({ subject: i.subject, direction: i.direction, amountFen: i.amountFen })),
  attachments: attachments.map((a) => a.sha256),
  revision: d.revision,
  supersedesId: d.supersedesId,
  revisionReason: d.revisionReason,
  publishedAt: d.publishedAt!.toISOString(),
});

/** The content hash a publication records: publishing, and loaders that write published rows in bulk (seed:scale). */
export const publishedContentHash = (d: HashedFields, attachments: PresentedFile[]) => contentHash(hashedContentOf(d, attachments));

export const ChainEntry = z
  .object({ seq: Int, disclosureId: Int, contentHash: Hash, prevHash: Hash, hash: Hash, publishedAt: Instant })
  .meta({ id: 'ChainEntry' });

/** The chain as the server verified it; `problems` says what does not match, empty when `verified`. */
export const Chain = z
  .object({ communityId: Int, length: Int, verified: z.boolean(), problems: z.array(z.string()), entries: z.array(ChainEntry) })
  .meta({ id: 'DisclosureChain' });

export const presentChainEntry = (e: ChainEntryRow): z.infer<typeof ChainEntry> => ({
  seq: e.seq,
  disclosureId: e.disclosureId,
  contentHash: e.contentHash,
  prevHash: e.prevHash,
  hash: e.hash,
  publishedAt: e.publishedAt.toISOString(),
});

/** A resident's question is overdue when it has waited longer than this for an answer (DOMAIN.md). */
export const ANSWER_WITHIN_MS = 10 * 24 * 3600 * 1000;

export const Question = z
  .object({
    id: Int, disclosureId: Int, content: z.string(), status: z.enum(['visible', 'rejected']), createdAt: Instant, dueAt: Instant, overdue: z.boolean(),
    reply: z.string().nullable(), repliedAt: Instant.nullable(),
  })
  .meta({ id: 'DisclosureQuestion' });
export const QuestionPage = pageOf(Question);
export const AdminQuestionPage = pageOf(Question.extend({ disclosureTitle: z.string() }).meta({ id: 'AdminDisclosureQuestion' }));
/** What the asker learns: whether the question is shown (it passed the content check). */
export const AskedQuestion = z.object({ id: Int, status: z.enum(['visible', 'rejected']) }).meta({ id: 'AskedQuestion' });

export function presentQuestion(q: DisclosureQuestion, now: Date): z.infer<typeof Question> {
  const dueAt = new Date(q.createdAt.getTime() + ANSWER_WITHIN_MS);
  return {
    id: q.id,
    disclosureId: q.disclosureId,
    content: q.content,
    status: q.status,
    createdAt: q.createdAt.toISOString(),
    dueAt: dueAt.toISOString(),
    overdue: q.status === 'visible' && !q.reply && now > dueAt,
    reply: q.reply,
    repliedAt: iso(q.repliedAt),
  };
}

/** The community home of 三务公开: counts of current disclosures per category and the latest few. */
export const CommunitySummary = z
  .object({ community: CommunitySchema, categories: z.array(z.object({ category: Category, count: Int })), latest: z.array(DisclosureSummary) })
  .meta({ id: 'DisclosureCommunitySummary' });

export const RevisionHistory = z
  .object({ items: z.array(DisclosureSummary.extend({ revisionReason: z.string().nullable(), contentHash: Hash.nullable() }).meta({ id: 'DisclosureRevision' })) })
  .meta({ id: 'DisclosureHistory' });

export const Catalogue = z
  .object({
    categories: recordOf(
      CATEGORIES,
      z.object({
        label: z.string(), cadence: z.enum(['quarterly', 'monthly']),
        /** The sub-categories every period of the cadence must publish; the others as they arise. */
        required: z.array(z.string()),
        subCategories: z.record(z.string(), z.string()),
      }).meta({ id: 'CatalogueCategory' }),
    ),
  })
  .meta({ id: 'DisclosureCatalogue' });

const ComplianceStatus = z.enum(COMPLIANCE_STATUSES);
export const ComplianceRow = z
  .object({
    communityId: Int, communityName: z.string(), streetId: Int, streetName: z.string(),
    categories: z.array(z.object({
      category: Category, period: z.string(), dueAt: Instant, status: ComplianceStatus, publishedAt: Instant.nullable(),
      /** Each sub-category the catalogue requires every period, judged the same way on its own first publication. */
      subCategories: z.array(z.object({ subCategory: z.string(), status: ComplianceStatus, publishedAt: Instant.nullable() })),
    })),
  })
  .meta({ id: 'ComplianceRow' });
/** `period`: the month finance is judged for; `quarter`: the quarter party and affairs are. */
export const CompliancePage = pageOf(ComplianceRow).extend({ period: z.string(), quarter: z.string() }).meta({ id: 'ComplianceRowPage' });
export const ComplianceSummary = z
  .object({ period: z.string(), quarter: z.string(), communities: Int, byCategory: recordOf(CATEGORIES, recordOf(COMPLIANCE_STATUSES, Int)) })
  .meta({ id: 'ComplianceSummary' });

/** A chain head signed with the service's Ed25519 key (base64 over canonical({communityId, seq, hash, publishedAt})); seq 0 before the first publication. */
export const SignedChainHead = z
  .object({ communityId: Int, seq: Int, hash: Hash, publishedAt: Instant.nullable(), signature: z.string() })
  .meta({ id: 'SignedChainHead' });
export const DailyHeads = z
  .object({ date: z.string(), asOf: Instant, publicKey: z.string(), heads: z.array(SignedChainHead) })
  .meta({ id: 'DailyChainHeads' });
export const WitnessKey = z.object({ algorithm: z.string(), publicKey: z.string(), pem: z.string() }).meta({ id: 'WitnessPublicKey' });

/** The 公开栏 poster of a community's chain head: what is printed, and the QR code of the signed head. */
export const ChainPoster = z
  .object({
    communityId: Int, communityName: z.string(), streetName: z.string(), date: z.string(), head: SignedChainHead,
    /** The head's hash in groups of four hex digits. */
    hashInGroups: z.string(),
    publicKey: z.string(),
    /** SHA-256 of the public key's SPKI DER, in groups of four. */
    publicKeyFingerprint: z.string(),
    /** What the QR code holds: canonical({communityId, seq, hash, publishedAt, signature}). */
    qrText: z.string(),
    qrDataUrl: z.string(),
  })
  .meta({ id: 'ChainPoster' });
