/** Shapes of the Partnerships section of API.md (联建共建), as the server answers them. */
import type { Activity } from '../activities';
import type { Category as DisclosureCategory } from '../disclosures';

export type { DisclosureCategory };
export type ListKind = 'resource' | 'need' | 'service';
export type ProjectCategory = 'income' | 'livelihood' | 'party_building';
export type ProjectStatus = 'planned' | 'started' | 'completed';

export interface PairCommunity {
  id: number;
  name: string;
  kind: 'rural' | 'urban';
  streetId: number;
  streetName: string;
}

export interface PartnershipListItem {
  id: number;
  communityId: number;
  kind: ListKind;
  content: string;
  createdAt: string;
}

export interface PairHead {
  id: number;
  year: number;
  communityA: PairCommunity;
  communityB: PairCommunity;
  signedAt: string;
  agreementTitle: string;
  agreementFileId: number | null;
  agreementUrl: string | null;
}

export interface PartnershipProject {
  id: number;
  partnershipId: number;
  title: string;
  category: ProjectCategory;
  description: string;
  ownerCommunityId: number;
  ownerCommunity: PairCommunity;
  plannedStart: string | null;
  plannedEnd: string | null;
  status: ProjectStatus;
  startedAt: string | null;
  completedAt: string | null;
  createdAt: string;
}

export interface Partnership extends PairHead {
  lists: Record<ListKind, PartnershipListItem[]>;
  projects: PartnershipProject[];
}

export interface ProjectProgress {
  id: number;
  happenedAt: string;
  note: string;
  status: ProjectStatus | null;
  photoUrls: string[];
}

export interface ProjectInList extends PartnershipProject {
  partnership: PairHead;
}

export interface ProjectDetail extends ProjectInList {
  progress: ProjectProgress[];
}

export interface PartnershipSummary {
  pairs: number;
  communities: number;
  projects: { total: number; byCategory: Record<ProjectCategory, number>; byStatus: Record<ProjectStatus, number> };
}

export interface Dashboard {
  scope: { level: 'district' | 'street' | 'public'; streetId: number | null; streetName: string | null };
  year: number | null;
  partnerships: PartnershipSummary;
  newOrganizations: { shouldEstablish: number; established: number; own: number; joint: number; none: number; rate: number };
  disclosureCompliance: ComplianceSummary;
  activityParticipation: Participation;
}

/** `not_due`: nothing published and the due date still ahead. */
export type ComplianceStatus = 'on_time' | 'late' | 'missing' | 'not_due';

/** Finance is checked for `period` (a month), party and affairs for `quarter`. */
export interface ComplianceSummary {
  period: string;
  quarter: string;
  communities: number;
  byCategory: Record<DisclosureCategory, Record<ComplianceStatus, number>>;
}

export interface ComplianceQuery {
  streetId?: number;
  period?: string;
  quarter?: string;
  category?: DisclosureCategory;
  status?: ComplianceStatus;
}

/** One community behind a compliance figure (GET /api/disclosure-compliance). */
export interface ComplianceRow {
  communityId: number;
  communityName: string;
  streetName: string;
  categories: { category: DisclosureCategory; period: string; dueAt: string; status: ComplianceStatus; publishedAt: string | null }[];
}

/** `rate`: check-ins ÷ confirmed sign-ups of held activities; null when nobody signed up. */
export interface Participation {
  year: number;
  held: number;
  signups: number;
  checkIns: number;
  rate: number | null;
}

/** One held activity behind the participation figures (GET /api/activity-participation). */
export interface ParticipationRow extends Activity {
  signups: number;
  checkIns: number;
}

export type Coverage = 'own' | 'joint' | 'established' | 'none';

/** One row behind a coverage figure (GET /api/new-organizations). */
export interface NewOrganization {
  id: number;
  name: string;
  type: 'economic' | 'social';
  streetName: string;
  fullMemberCount: number;
  covered: 'own' | 'joint' | 'none';
}

export interface PairedCommunity extends PairCommunity {
  partnerships: { id: number; year: number }[];
}

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
