import { IdParam, Paging } from '../../core/paging';
import { route } from '../../http/route';
import { meetingCompliance, meetingComplianceSummary } from './compliance';
import { AnyMeeting, MeetingCompliancePage, MeetingComplianceSummary, MeetingRecord, MeetingSummaryPage, MyMeetingPage } from './present';
import { CompliancePeriodsQuery, MeetingComplianceQuery, MeetingsQuery, RecordMeetingBody } from './schemas';
import { getMeeting, listMeetings, listMyMeetings, recordMeeting } from './service';

export const meetingRoutes = [
  route({
    method: 'post', path: '/meetings', access: 'user', response: MeetingRecord, status: 201, summary: 'Record a meeting held (三会一课, 组织生活会, 民主评议) with the roll\'s attendance', body: RecordMeetingBody,
    handler: ({ deps, actor, body }) => recordMeeting(deps, actor, body),
  }),
  route({
    method: 'get', path: '/meetings', access: 'user', response: MeetingSummaryPage, summary: 'Meetings of organisations in my scope, newest first', query: MeetingsQuery,
    handler: ({ deps, actor, query }) => listMeetings(deps.db.manager, actor, query),
  }),
  route({
    method: 'get', path: '/meetings/:id', access: 'user', response: AnyMeeting, summary: 'One meeting: every attendance for a scope admin, one\'s own for a member on its roll', params: IdParam,
    handler: ({ deps, actor, params }) => getMeeting(deps.db.manager, actor, params.id),
  }),
  route({
    method: 'get', path: '/me/meetings', access: 'user', response: MyMeetingPage, summary: 'My attendance: the meetings I was on the roll for', query: Paging,
    handler: ({ deps, actor, query }) => listMyMeetings(deps.db.manager, actor, query),
  }),
  route({
    method: 'get', path: '/meeting-compliance', access: 'public', response: MeetingCompliancePage, summary: 'Per organisation and kind: required, held, on_time / late / missing / not_due for the period (filter: kind, status, group)', query: MeetingComplianceQuery,
    handler: ({ deps, query }) => meetingCompliance(deps.db.manager, query, deps.clock.now()),
  }),
  route({
    method: 'get', path: '/meeting-compliance/summary', access: 'public', response: MeetingComplianceSummary, summary: 'Meeting compliance counted per kind and street, and the 组织生活会 held per group of organisations', query: CompliancePeriodsQuery,
    handler: ({ deps, query }) => meetingComplianceSummary(deps.db.manager, query, deps.clock.now()),
  }),
];
