import type { UploadedFile } from '../../lib/upload';

export type Category = 'party' | 'affairs' | 'finance';

export const CATEGORY_LABELS: Record<Category, string> = { party: '党务', affairs: '居务', finance: '财务' };

export interface FinanceItem {
  subject: string;
  direction: 'income' | 'expense';
  amountFen: number;
}

export interface Totals {
  incomeFen: number;
  expenseFen: number;
  balanceFen: number;
}

/** An attached file: a scanned notice or receipt, as stored by POST /api/files. */
export type Attachment = UploadedFile;

export interface DisclosureSummary {
  id: number;
  communityId: number;
  category: Category;
  subCategory: string | null;
  title: string;
  period: string;
  status: 'draft' | 'published';
  publishedAt: string | null;
  revision: number;
  supersedesId: number | null;
  supersededById: number | null;
  totals: Totals | null;
  attachmentCount: number;
  viewCount: number;
  updatedAt: string;
}

export interface Disclosure extends DisclosureSummary {
  body: string;
  items: FinanceItem[];
  attachments: Attachment[];
  revisionReason: string | null;
  contentHash: string | null;
}

export interface ChainEntry {
  seq: number;
  disclosureId: number;
  contentHash: string;
  prevHash: string;
  hash: string;
  publishedAt: string;
}

export interface Chain {
  communityId: number;
  verified: boolean;
  length: number;
  entries: ChainEntry[];
}

export interface Question {
  id: number;
  disclosureId: number;
  content: string;
  status: 'visible' | 'rejected';
  createdAt: string;
  dueAt: string;
  overdue: boolean;
  reply: string | null;
  repliedAt: string | null;
  disclosureTitle?: string;
}

export interface ComplianceRow {
  communityId: number;
  communityName: string;
  categories: { category: Category; period: string; dueAt: string; status: 'on_time' | 'late' | 'missing' | 'not_due'; publishedAt: string | null }[];
}

/** GET /api/communities/:id/disclosure-summary: the community home of 三务公开. */
export interface DisclosureCommunitySummary {
  community: { id: number; name: string; streetName: string };
  categories: { category: Category; count: number }[];
  latest: DisclosureSummary[];
}

/** GET /api/disclosure-catalogue: the fixed sub-categories (DOMAIN.md) an admin files a disclosure under. */
export interface CatalogueCategory {
  label: string;
  cadence: 'quarterly' | 'monthly';
  subCategories: Record<string, string>;
}
export type Catalogue = Record<Category, CatalogueCategory>;
