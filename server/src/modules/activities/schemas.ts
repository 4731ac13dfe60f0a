import { z } from 'zod';
import { Paging } from '../../core/paging';
import { ACTIVITY_KINDS } from './entities';

/** ISO-8601 with an offset (`2026-05-01T09:00:00+08:00`), parsed to a Date. */
const When = z.iso.datetime({ offset: true }).transform((s) => new Date(s));
const Id = z.coerce.number().int().positive();

const Place = z.object({
  name: z.string().trim().min(1).max(100),
  lat: z.number().min(-90).max(90).optional(),
  lng: z.number().min(-180).max(180).optional(),
});

const fields = {
  kind: z.enum(ACTIVITY_KINDS),
  title: z.string().trim().min(1).max(100),
  description: z.string().trim().max(5000),
  location: Place,
  startAt: When,
  endAt: When,
  signupDeadline: When,
  /** null: unlimited. */
  capacity: z.number().int().min(1).max(100000).nullable(),
  audience: z.enum(['public', 'members']),
  points: z.number().int().min(0).max(100),
};

export const CreateActivityBody = z.object({
  organizationId: z.number().int().positive(),
  ...fields,
  description: fields.description.default(''),
  capacity: fields.capacity.default(null),
  audience: fields.audience.default('public'),
  points: fields.points.default(0),
}).meta({ id: 'ActivityInput' });
export type CreateActivityInput = z.infer<typeof CreateActivityBody>;

export const UpdateActivityBody = z.object(fields).partial().refine((b) => Object.keys(b).length > 0, '没有要修改的内容').meta({ id: 'ActivityChanges' });
export type UpdateActivityInput = z.infer<typeof UpdateActivityBody>;

export const CancelActivityBody = z.object({ reason: z.string().trim().min(1).max(200) });

export const ActivityQuery = Paging.extend({
  organizationId: Id.optional(),
  kind: z.enum(ACTIVITY_KINDS).optional(),
  from: When.optional(),
  to: When.optional(),
});
export type ActivityQueryInput = z.infer<typeof ActivityQuery>;

export const ParticipationQuery = Paging.extend({ streetId: Id.optional(), year: z.coerce.number().int().min(2000).max(2100).optional() });

/** `subscribe`: the user allowed the reminder template in `Taro.requestSubscribeMessage`. */
export const SignupBody = z.object({ subscribe: z.boolean().default(false) });

export const RosterQuery = Paging.extend({
  format: z.enum(['json', 'xlsx']).default('json'),
  status: z.enum(['confirmed', 'waitlisted']).optional(),
});
export type RosterQueryInput = z.infer<typeof RosterQuery>;

/** The QR code's token, or the six-digit code typed by hand. */
export const CheckinBody = z
  .object({ token: z.string().trim().min(1).max(200).optional(), shortCode: z.string().regex(/^\d{6}$/, '请输入6位数字签到码').optional() })
  .refine((b) => b.token || b.shortCode, { message: '请扫描签到二维码或输入签到码', path: ['token'] }).meta({ id: 'CheckinInput' });
export type CheckinInput = z.infer<typeof CheckinBody>;
