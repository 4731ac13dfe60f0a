import { IdParam } from '../../core/paging';
import { route } from '../../http/route';
import { Completion, CompletionReport, Course, CourseSummaryPage } from './present';
import { CompletionsQuery, CourseBody, CoursesQuery } from './schemas';
import { courseCompletions, getCourse, listCourses, listDeskCourses, publishCourse, studyCourse } from './service';

export const courseRoutes = [
  route({
    method: 'post', path: '/courses', access: 'user', response: Course, status: 201, summary: 'Publish a course for an organisation subtree (scope admin)', body: CourseBody,
    handler: ({ deps, actor, body }) => publishCourse(deps, actor, body),
  }),
  route({
    method: 'get', path: '/courses', access: 'optional', response: CourseSummaryPage, summary: "Courses reaching an organisation (default: a member's own), with when I studied each", query: CoursesQuery,
    handler: ({ deps, actor, query }) => listCourses(deps.db.manager, actor, query),
  }),
  route({
    method: 'get', path: '/admin/courses', access: 'user', response: CourseSummaryPage, summary: 'Courses published in my scope', query: CoursesQuery,
    handler: ({ deps, actor, query }) => listDeskCourses(deps.db.manager, actor, query),
  }),
  route({
    method: 'get', path: '/courses/:id', access: 'optional', response: Course, summary: 'One course: text, images, video links, attachments', params: IdParam,
    handler: ({ deps, actor, params }) => getCourse(deps.db.manager, actor, params.id),
  }),
  route({
    method: 'post', path: '/courses/:id/completions', access: 'user', response: Completion, status: 201, alsoStatus: [200], summary: 'A member marks the course studied, once (study points); a repeat answers 200', params: IdParam,
    handler: async ({ deps, actor, params, status }) => {
      const { first, completion } = await studyCourse(deps, actor, params.id);
      if (!first) status(200);
      return completion;
    },
  }),
  route({
    method: 'get', path: '/courses/:id/completions', access: 'user', response: CompletionReport, summary: 'Who in an organisation subtree studied the course (scope admin)', params: IdParam, query: CompletionsQuery,
    handler: ({ deps, actor, params, query }) => courseCompletions(deps.db.manager, actor, params.id, query),
  }),
];
