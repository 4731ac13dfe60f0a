/** Shapes of the Partnerships section of API.md (联建共建), generated from the server's OpenAPI document. */
import type { components } from '../../lib/api-schema';
import type { Category as DisclosureCategory } from '../disclosures';

type Schemas = components['schemas'];

export type { DisclosureCategory };
export type ListKind = Schemas['PartnershipListItem']['kind'];
export type ProjectCategory = Schemas['PartnershipProject']['category'];
export type ProjectStatus = Schemas['PartnershipProject']['status'];

export type PairCommunity = Schemas['PairCommunity'];
export type PartnershipListItem = Schemas['PartnershipListItem'];
export type PairHead = Schemas['PartnershipHead'];
export type PartnershipProject = Schemas['PartnershipProject'];
export type Partnership = Schemas['Partnership'];
export type ProjectProgress = Schemas['ProjectProgress'];
export type ProjectInList = Schemas['PartnershipProjectRow'];
export type ProjectDetail = Schemas['PartnershipProjectDetail'];
export type PartnershipSummary = Schemas['PartnershipSummary'];
export type Dashboard = Schemas['Dashboard'];
/** `not_due`: nothing published and the due date still ahead. */
export type ComplianceStatus = ComplianceRow['categories'][number]['status'];
/** Finance is checked for `period` (a month), party and affairs for `quarter`. */
export type ComplianceSummary = Schemas['ComplianceSummary'];

export interface ComplianceQuery {
  streetId?: number;
  period?: string;
  quarter?: string;
  category?: DisclosureCategory;
  status?: ComplianceStatus;
}

/** One community behind a compliance figure (GET /api/disclosure-compliance). */
export type ComplianceRow = Schemas['ComplianceRow'];
/** `rate`: check-ins ÷ confirmed sign-ups of held activities; null when nobody signed up. */
export type Participation = Schemas['ParticipationSummary'];
/** One held activity behind the participation figures (GET /api/activity-participation). */
export type ParticipationRow = Schemas['ActivityParticipation'];

export type Coverage = 'own' | 'joint' | 'established' | 'none';

/** One row behind a coverage figure (GET /api/new-organizations). */
export type NewOrganization = Schemas['NewOrganization'];
export type PairedCommunity = Schemas['PairedCommunity'];

/** What a drill list shows: one of the dashboard's figures, with the filters that make it. */
export interface Drill {
  list: 'partnerships' | 'communities' | 'projects' | 'new-organizations' | 'compliance' | 'activities';
  streetId?: number;
  category?: ProjectCategory;
  status?: ProjectStatus;
  covered?: Coverage;
  /** compliance: the month (finance) and quarter (party, affairs) the dashboard checked, the category and the status. */
  period?: string;
  quarter?: string;
  disclosureCategory?: DisclosureCategory;
  compliance?: ComplianceStatus;
  /** activities: the year counted. */
  year?: number;
}
