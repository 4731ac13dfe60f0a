import type { components } from '../../lib/api-schema';

type Schemas = components['schemas'];

export type Category = Schemas['DisclosureCategory'];

export const CATEGORY_LABELS: Record<Category, string> = { party: '党务', affairs: '居务', finance: '财务' };

export type FinanceItem = Schemas['FinanceItem'];
export type Totals = Schemas['Totals'];
/** An attached file: a scanned notice or receipt, as stored by POST /api/files. */
export type Attachment = Schemas['StoredFile'];
export type DisclosureSummary = Schemas['DisclosureSummary'];
export type Disclosure = Schemas['Disclosure'];
export type ChainEntry = Schemas['ChainEntry'];
export type Chain = Schemas['DisclosureChain'];
export type Question = Schemas['DisclosureQuestion'];
/** A question on the admin's desk, with the title of the disclosure it asks about. */
export type AdminQuestion = Schemas['AdminDisclosureQuestion'];
export type ComplianceRow = Schemas['ComplianceRow'];
/** A community's chain head signed with the service's Ed25519 key. */
export type SignedChainHead = Schemas['SignedChainHead'];
/** GET /api/communities/:id/disclosure-chain/poster: the 公开栏 poster. */
export type ChainPoster = Schemas['ChainPoster'];
/** GET /api/communities/:id/disclosure-summary: the community home of 三务公开. */
export type DisclosureCommunitySummary = Schemas['DisclosureCommunitySummary'];
/** GET /api/disclosure-catalogue: the fixed sub-categories (DOMAIN.md) an admin files a disclosure under. */
export type CatalogueCategory = Schemas['CatalogueCategory'];
/** What the editor sends: a new draft, its changes, or a correction of a published disclosure. */
export type DraftInput = Schemas['DisclosureDraftInput'];
export type DraftChanges = Schemas['DisclosureDraftChanges'];
export type RevisionInput = Schemas['DisclosureRevisionInput'];
export type Catalogue = Schemas['DisclosureCatalogue']['categories'];
