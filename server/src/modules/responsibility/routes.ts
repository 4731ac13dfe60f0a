import { IdParam, Paging } from '../../core/paging';
import { route } from '../../http/route';
import { assignContactPoint, listContactPoints, listVisits, recordVisit } from './contact-points';
import { ContactPoint, ContactPointPage, Rating, RatingPage, Scheduling, SchedulingPage, TaskDetail, TaskListDetail, TaskListPage, TaskPage, Visit, VisitPage } from './present';
import { closeRectification, listRatings, ratingHistory, rateOrganization } from './ratings';
import { listScheduling, recordScheduling } from './scheduling';
import {
  AssignContactBody, ContactPointsQuery, CreateTaskBody, CreateTaskListBody, RatingBody, RatingsQuery, SchedulingBody, SchedulingQuery, TaskListsQuery, TasksQuery,
  UpdateTaskBody, UpdateTaskListBody, VisitBody,
} from './schemas';
import { addTask, createTaskList, getTask, getTaskList, listTaskLists, listTasks, updateTask, updateTaskList } from './tasks';

export const responsibilityRoutes = [
  route({
    method: 'post', path: '/task-lists', access: 'user', response: TaskListDetail, status: 201, summary: 'Start an organisation\'s 党建责任清单 for a year (with the signed 目标责任书)', body: CreateTaskListBody,
    handler: ({ deps, actor, body }) => createTaskList(deps, actor, body),
  }),
  route({
    method: 'get', path: '/task-lists', access: 'public', response: TaskListPage, summary: 'Task lists (of a subtree or street, year, kind) with tasks, done and overdue counts', query: TaskListsQuery,
    handler: ({ deps, query }) => listTaskLists(deps.db.manager, query, deps.clock.now()),
  }),
  route({
    method: 'get', path: '/task-lists/:id', access: 'public', response: TaskListDetail, summary: 'A task list with its tasks', params: IdParam,
    handler: ({ deps, params }) => getTaskList(deps.db.manager, params.id, deps.clock.now()),
  }),
  route({
    method: 'patch', path: '/task-lists/:id', access: 'user', response: TaskListDetail, summary: 'Rename a list or attach its signed 责任书', params: IdParam, body: UpdateTaskListBody,
    handler: ({ deps, actor, params, body }) => updateTaskList(deps, actor, params.id, body),
  }),
  route({
    method: 'post', path: '/task-lists/:id/tasks', access: 'user', response: TaskDetail, status: 201, summary: 'Add a task: what, who is responsible, by when', params: IdParam, body: CreateTaskBody,
    handler: ({ deps, actor, params, body }) => addTask(deps, actor, params.id, body),
  }),
  route({
    method: 'post', path: '/task-lists/:id/close', access: 'user', response: TaskListDetail, summary: 'The level above closes a rectification once every task is done', params: IdParam,
    handler: ({ deps, actor, params }) => closeRectification(deps, actor, params.id),
  }),
  route({
    method: 'get', path: '/tasks', access: 'public', response: TaskPage, summary: 'Tasks with overdue computed (filter: organisation, street, list, year, kind, status, overdue)', query: TasksQuery,
    handler: ({ deps, query }) => listTasks(deps.db.manager, query, deps.clock.now()),
  }),
  route({
    method: 'get', path: '/tasks/:id', access: 'public', response: TaskDetail, summary: 'A task with its progress history', params: IdParam,
    handler: ({ deps, params }) => getTask(deps.db.manager, params.id, deps.clock.now()),
  }),
  route({
    method: 'patch', path: '/tasks/:id', access: 'user', response: TaskDetail, summary: 'Progress on a task: a note, open or done, evidence files', params: IdParam, body: UpdateTaskBody,
    handler: ({ deps, actor, params, body }) => updateTask(deps, actor, params.id, body),
  }),
  route({
    method: 'put', path: '/organizations/:id/rating', access: 'user', response: Rating, summary: 'The level above rates an organisation for a year; weak (软弱涣散) opens its rectification list', params: IdParam, body: RatingBody,
    handler: ({ deps, actor, params, body }) => rateOrganization(deps, actor, params.id, body),
  }),
  route({
    method: 'get', path: '/organizations/:id/ratings', access: 'user', response: RatingPage, summary: 'An organisation\'s ratings, newest first', params: IdParam, query: Paging,
    handler: ({ deps, actor, params, query }) => ratingHistory(deps.db.manager, actor, params.id, query, deps.clock.now()),
  }),
  route({
    method: 'get', path: '/ratings', access: 'user', response: RatingPage, summary: 'Ratings in my scope with each rectification\'s progress', query: RatingsQuery,
    handler: ({ deps, actor, query }) => listRatings(deps.db.manager, actor, query, deps.clock.now()),
  }),
  route({
    method: 'post', path: '/contact-points', access: 'user', response: ContactPoint, status: 201, summary: 'Assign a street official to a community (联系点)', body: AssignContactBody,
    handler: ({ deps, actor, body }) => assignContactPoint(deps, actor, body),
  }),
  route({
    method: 'get', path: '/contact-points', access: 'user', response: ContactPointPage, summary: 'Contact points in my scope with visits this quarter (notVisited=true: none yet)', query: ContactPointsQuery,
    handler: ({ deps, actor, query }) => listContactPoints(deps.db.manager, actor, query, deps.clock.now()),
  }),
  route({
    method: 'post', path: '/contact-points/:id/visits', access: 'user', response: Visit, status: 201, summary: 'Record a supervision visit (督导): when, what, follow-ups', params: IdParam, body: VisitBody,
    handler: ({ deps, actor, params, body }) => recordVisit(deps, actor, params.id, body),
  }),
  route({
    method: 'get', path: '/contact-points/:id/visits', access: 'user', response: VisitPage, summary: 'A contact point\'s visits, newest first', params: IdParam, query: Paging,
    handler: ({ deps, actor, params, query }) => listVisits(deps.db.manager, actor, params.id, query),
  }),
  route({
    method: 'post', path: '/scheduling-meetings', access: 'user', response: Scheduling, status: 201, summary: 'Record the monthly 党建调度 meeting (once a month) with the tasks reviewed', body: SchedulingBody,
    handler: ({ deps, actor, body }) => recordScheduling(deps, actor, body),
  }),
  route({
    method: 'get', path: '/scheduling-meetings', access: 'user', response: SchedulingPage, summary: 'Scheduling meetings in my scope, latest month first', query: SchedulingQuery,
    handler: ({ deps, actor, query }) => listScheduling(deps.db.manager, actor, query, deps.clock.now()),
  }),
];
