import { IdParam, Paging } from '../../core/paging';
import { route } from '../../http/route';
import { checkIn, issueCheckinCode } from './checkin';
import { listParticipation, participationFilter } from './participation';
import { getActivity, listActivities, mySignups } from './queries';
import { Activity, ActivityDetail, ActivityPage, CancelledSignup, Checkin, CheckinCode, MySignupPage, ParticipationPage, Roster, Signup } from './present';
import { roster } from './roster';
import { ActivityQuery, CancelActivityBody, CheckinBody, CreateActivityBody, ParticipationQuery, RosterQuery, SignupBody, UpdateActivityBody } from './schemas';
import { cancelActivity, createActivity, updateActivity } from './service';
import { cancelSignup, signUp } from './signups';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const activityRoutes = [
  route({
    method: 'get', path: '/activities', access: 'optional', response: ActivityPage, summary: 'Published activities the caller may see, upcoming first', query: ActivityQuery,
    handler: ({ deps, actor, query }) => listActivities(deps.db.manager, actor, query, deps.clock.now()),
  }),
  route({
    method: 'get', path: '/activity-participation', access: 'optional', response: ParticipationPage, summary: 'Held activities of a year with sign-ups and check-ins: the rows behind the dashboard figures', query: ParticipationQuery,
    handler: async ({ deps, actor, query }) => {
      const now = deps.clock.now();
      return listParticipation(deps.db.manager, await participationFilter(deps.db.manager, actor, query, now), query, now);
    },
  }),
  route({
    method: 'get', path: '/activities/:id', access: 'optional', response: ActivityDetail, summary: 'One activity with counts and my sign-up', params: IdParam,
    handler: ({ deps, actor, params }) => getActivity(deps.db.manager, actor, params.id, deps.config.templates.activityReminder),
  }),
  route({
    method: 'post', path: '/activities', access: 'user', response: Activity, status: 201, summary: 'Create and publish an activity (admin)', body: CreateActivityBody,
    handler: ({ deps, actor, body }) => createActivity(deps, actor, body),
  }),
  route({
    method: 'patch', path: '/activities/:id', access: 'user', response: Activity, summary: 'Edit an activity until it starts (admin)', params: IdParam, body: UpdateActivityBody,
    handler: ({ deps, actor, params, body }) => updateActivity(deps, actor, params.id, body),
  }),
  route({
    method: 'post', path: '/activities/:id/cancel', access: 'user', response: Activity, summary: 'Cancel an activity; sign-ups are told (admin)', params: IdParam, body: CancelActivityBody,
    handler: ({ deps, actor, params, body }) => cancelActivity(deps, actor, params.id, body.reason),
  }),
  route({
    method: 'post', path: '/activities/:id/signups', access: 'user', response: Signup, status: 201, alsoStatus: [200], summary: 'Sign up: confirmed or waitlisted; a repeat answers 200', params: IdParam, body: SignupBody,
    handler: async ({ deps, actor, params, body, status }) => {
      const result = await signUp(deps, actor, params.id, body);
      if (!result.created) status(200);
      return result.signup;
    },
  }),
  route({
    method: 'delete', path: '/activities/:id/signups/me', access: 'user', response: CancelledSignup, summary: 'Cancel my sign-up; the first waitlisted is confirmed', params: IdParam,
    handler: ({ deps, actor, params }) => cancelSignup(deps, actor, params.id),
  }),
  route({
    method: 'get', path: '/activities/:id/signups', access: 'user', response: { json: Roster, file: [XLSX] }, summary: 'The roster as JSON or an xlsx file (admin)', params: IdParam, query: RosterQuery,
    handler: async ({ deps, actor, params, query, koa }) => {
      const result = await roster(deps.db.manager, actor, params.id, query);
      if (result.kind === 'json') return result.body;
      koa.type = XLSX;
      koa.attachment(result.filename);
      koa.body = result.body;
      return undefined;
    },
  }),
  route({
    method: 'post', path: '/activities/:id/checkin-codes', access: 'user', response: CheckinCode, summary: 'A short-lived check-in QR code and short code (admin)', params: IdParam,
    handler: ({ deps, actor, params }) => issueCheckinCode(deps, actor, params.id),
  }),
  route({
    method: 'post', path: '/activities/:id/checkins', access: 'user', response: Checkin, summary: 'Check in with the QR token or short code', params: IdParam, body: CheckinBody,
    handler: ({ deps, actor, params, body }) => checkIn(deps, actor, params.id, body),
  }),
  route({
    method: 'get', path: '/me/signups', access: 'user', response: MySignupPage, summary: 'My sign-ups with their activities', query: Paging,
    handler: ({ deps, actor, query }) => mySignups(deps.db.manager, actor, query),
  }),
];
