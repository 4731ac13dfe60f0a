import { z } from 'zod';
import { Paging } from '../../core/paging';

const Id = z.coerce.number().int().positive();
const FileIds = z.array(z.number().int().positive()).max(20).default([]);

export const CourseBody = z.strictObject({
  organizationId: z.number().int().positive(),
  title: z.string().trim().min(1).max(100),
  body: z.string().trim().min(1).max(20000),
  imageIds: FileIds,
  videoUrls: z.array(z.url({ protocol: /^https?$/ }).max(500)).max(10).default([]),
  attachmentIds: FileIds,
  points: z.number().int().min(0).max(20).default(2),
});
export type CourseInput = z.infer<typeof CourseBody>;

/** Without an organisation: the caller's own (a member), else every course. */
export const CoursesQuery = Paging.extend({ organizationId: Id.optional() });
export type CoursesInput = z.infer<typeof CoursesQuery>;

export const CompletionsQuery = Paging.extend({ organizationId: Id.optional(), studied: z.enum(['true', 'false']).optional().transform((v) => (v === undefined ? undefined : v === 'true')) });
export type CompletionsInput = z.infer<typeof CompletionsQuery>;
