import { z } from 'zod';
import { Instant, Int } from '../../core/output';
import { pageOf } from '../../core/paging';
import type { PresentedFile } from '../files';
import { LETTER_CATEGORIES, type Letter, type LetterEvent } from './entities';
import { maskPersonalData } from './mask';

const iso = (d: Date | null) => d?.toISOString() ?? null;

export const LetterPhoto = z.object({ id: Int, url: z.string(), contentType: z.string() }).meta({ id: 'LetterPhoto' });

/** What anyone sees of a public letter: personal data masked, the writer never. */
export const PublicLetter = z.object({
  id: Int, communityId: Int, category: z.enum(LETTER_CATEGORIES), title: z.string(), content: z.string(), photos: z.array(LetterPhoto),
  createdAt: Instant, dueAt: Instant, overdue: z.boolean(), reply: z.string().nullable(), repliedAt: Instant.nullable(), satisfied: z.boolean().nullable(),
}).meta({ id: 'PublicLetter' });
export const PublicLetterPage = pageOf(PublicLetter);
export type PublicLetterOut = z.infer<typeof PublicLetter>;

/** The writer's and the admins' view: as written, with where it is and its history. */
export const FullLetter = PublicLetter.extend({
  organizationId: Int, public: z.boolean(), status: z.enum(['submitted', 'rejected']), ratingComment: z.string().nullable(), ratedAt: Instant.nullable(),
  events: z.array(z.object({ kind: z.string(), fromOrganizationId: Int.nullable(), toOrganizationId: Int.nullable(), note: z.string().nullable(), at: Instant })),
}).meta({ id: 'Letter' });
export const FullLetterPage = pageOf(FullLetter);
/** One letter: in full for its writer and the admins handling it, as the public sees it otherwise. */
export const AnyLetter = z.union([FullLetter, PublicLetter]).meta({ id: 'LetterView' });

export const WrittenLetter = z.object({ id: Int, status: z.enum(['submitted', 'rejected']), dueAt: Instant }).meta({ id: 'WrittenLetter' });

export const isOverdue = (l: Pick<Letter, 'status' | 'repliedAt' | 'dueAt'>, now: Date) => l.status === 'submitted' && !l.repliedAt && now > l.dueAt;

const photosOf = (l: Letter, files: Map<number, PresentedFile>) =>
  l.photoIds.flatMap((id) => {
    const f = files.get(id);
    return f ? [{ id: f.id, url: f.url, contentType: f.contentType }] : [];
  });

export function presentPublicLetter(l: Letter, files: Map<number, PresentedFile>, now: Date): PublicLetterOut {
  return {
    id: l.id, communityId: l.communityId, category: l.category, title: maskPersonalData(l.title), content: maskPersonalData(l.content), photos: photosOf(l, files),
    createdAt: l.createdAt.toISOString(), dueAt: l.dueAt.toISOString(), overdue: isOverdue(l, now), reply: l.reply && maskPersonalData(l.reply), repliedAt: iso(l.repliedAt),
    satisfied: l.satisfied,
  };
}

export function presentFullLetter(l: Letter, files: Map<number, PresentedFile>, events: LetterEvent[], now: Date): z.infer<typeof FullLetter> {
  return {
    ...presentPublicLetter(l, files, now),
    title: l.title, content: l.content, reply: l.reply,
    organizationId: l.organizationId, public: l.public, status: l.status, ratingComment: l.ratingComment, ratedAt: iso(l.ratedAt),
    events: events.map((e) => ({ kind: e.kind, fromOrganizationId: e.fromOrganizationId, toOrganizationId: e.toOrganizationId, note: e.note, at: e.createdAt.toISOString() })),
  };
}

export const NoticeTemplates = z.object({ templateIds: z.array(z.string()) }).meta({ id: 'LetterNoticeTemplates' });
