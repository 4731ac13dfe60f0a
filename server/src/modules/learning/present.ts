import { z } from 'zod';
import { Instant, Int } from '../../core/output';
import { pageOf } from '../../core/paging';
import type { PresentedFile } from '../files';
import type { Course as CourseRow } from './entities';

const FileRef = z.object({ id: Int, url: z.string(), contentType: z.string(), name: z.string() }).meta({ id: 'CourseFile' });

export const CourseSummary = z.object({
  id: Int, organizationId: Int, organizationName: z.string(), title: z.string(), points: Int, createdAt: Instant,
  /** When the caller studied it (members), else null. */
  studiedAt: Instant.nullable(),
}).meta({ id: 'CourseSummary' });
export const CourseSummaryPage = pageOf(CourseSummary);

export const Course = CourseSummary.extend({
  body: z.string(), images: z.array(FileRef), videoUrls: z.array(z.string()), attachments: z.array(FileRef),
}).meta({ id: 'Course' });

/** `pointsAwarded`: what this call paid (0 for a repeat, or once the study rule's yearly cap is reached). */
export const Completion = z.object({ courseId: Int, studiedAt: Instant, pointsAwarded: Int }).meta({ id: 'CourseCompletion' });

/** Who studied a course: the members of an organisation's subtree, each with when (or not yet). */
export const CompletionReport = pageOf(
  z.object({ memberId: Int, name: z.string(), organizationId: Int, organizationName: z.string(), studiedAt: Instant.nullable() }).meta({ id: 'CourseStudent' }),
  'CourseStudentPage',
).extend({ members: Int, studied: Int }).meta({ id: 'CourseCompletionReport' });

const fileRef = (f: PresentedFile) => ({ id: f.id, url: f.url, contentType: f.contentType, name: f.name });

export function presentCourseSummary(c: CourseRow, organizationName: string, studiedAt: Date | null): z.infer<typeof CourseSummary> {
  return { id: c.id, organizationId: c.organizationId, organizationName, title: c.title, points: c.points, createdAt: c.createdAt.toISOString(), studiedAt: studiedAt?.toISOString() ?? null };
}

export function presentCourse(c: CourseRow, organizationName: string, studiedAt: Date | null, files: Map<number, PresentedFile>): z.infer<typeof Course> {
  const refs = (ids: number[]) => ids.flatMap((id) => (files.has(id) ? [fileRef(files.get(id)!)] : []));
  return { ...presentCourseSummary(c, organizationName, studiedAt), body: c.body, images: refs(c.imageIds), videoUrls: c.videoUrls, attachments: refs(c.attachmentIds) };
}
