import type request from 'supertest';
import { makeCommunity, makeUser, type TestUser } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';

/**
 * A fuzz of every operation in /api/openapi.json: empty, huge and wrong-typed bodies, path
 * parameters and queries, as the anonymous, a resident and a district admin. Whatever comes in,
 * the answer is never a 5xx, and every refusal is in DESIGN.md's error format.
 */
// Some thousands of requests per test: bounded, but minutes on MySQL on a loaded machine.
jest.setTimeout(900_000);

type Schema = { type?: string | string[]; properties?: Record<string, Schema>; $ref?: string; items?: Schema };
interface Operation { method: string; path: string; parameters: { name: string; in: 'path' | 'query' }[]; requestBody?: { content: { 'application/json': { schema: Schema } } } }

let ts: TestServer;
let operations: Operation[];
let components: Record<string, Schema>;
let users: (TestUser | null)[];
beforeAll(async () => {
  ts = await startTestServer();
  const doc = (await ts.http.get('/api/openapi.json').expect(200)).body;
  components = doc.components.schemas;
  operations = Object.entries(doc.paths as Record<string, Record<string, Omit<Operation, 'method' | 'path'>>>).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({ method, path, parameters: op.parameters ?? [], requestBody: op.requestBody })),
  );
  const { organization } = await makeCommunity(ts);
  users = [null, await makeUser(ts), await makeUser(ts, { roles: ['district_admin'] }), await makeUser(ts, { adminOf: organization.id })];
});
afterAll(() => ts.close());

const resolve = (s: Schema): Schema => (s.$ref ? resolve(components[s.$ref.replace('#/components/schemas/', '')]) : s);
const typeOf = (s: Schema) => [resolve(s).type].flat()[0];
/** A value of another type than the schema asks for. */
function wrongValue(s: Schema): unknown {
  switch (typeOf(s)) {
    case 'string': return 12345;
    case 'integer': case 'number': return 'not a number';
    case 'boolean': return 'yes';
    case 'array': return { not: 'an array' };
    case 'object': return ['not', 'an object'];
    default: return null;
  }
}

const HUGE = 'x'.repeat(2 * 1024 * 1024);
const deep = (n: number): unknown => (n ? { a: deep(n - 1) } : 1);
function bodies(op: Operation): unknown[] {
  const schema = op.requestBody && resolve(op.requestBody.content['application/json'].schema);
  const props = Object.entries(schema?.properties ?? {});
  return [
    undefined, {}, [], 'a string', 0, null, { unknown: 1 }, { __proto__: { admin: true }, constructor: { prototype: 1 } }, deep(2000), HUGE,
    Object.fromEntries(props.map(([k, s]) => [k, wrongValue(s)])),
    Object.fromEntries(props.map(([k]) => [k, HUGE.slice(0, 100_000)])),
    ...props.map(([k, s]) => ({ [k]: wrongValue(s) })),
  ];
}
const PARAMS = ['1', '0', 'abc', '1e3', '99999999999999999999', '%ZZ', "1'--"];
const QUERY_VALUES = ['', 'abc', '-1', '9'.repeat(40), '%ZZ', HUGE.slice(0, 5000)];

function send(op: Operation, user: TestUser | null, url: string, body?: unknown) {
  const req = (ts.http as unknown as Record<string, (u: string) => request.Test>)[op.method](url);
  if (user) req.set(user.auth);
  if (body === undefined) return req;
  if (typeof body === 'string' && body !== HUGE) return req.set('Content-Type', 'application/json').send(JSON.stringify(body));
  return req.set('Content-Type', 'application/json').send(typeof body === 'string' ? `"${body}"` : JSON.stringify(body));
}

/** Never a 5xx; a refusal always `{error: {code, message}}`. */
function problemOf(op: Operation, url: string, res: request.Response): string | null {
  const where = `${op.method.toUpperCase()} ${url.slice(0, 120)}`;
  if (res.status >= 500) return `${where}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`;
  if (res.status >= 400 && !(typeof res.body?.error?.code === 'string' && typeof res.body?.error?.message === 'string'))
    return `${where}: ${res.status} not in the error format: ${JSON.stringify(res.body).slice(0, 200)}`;
  return null;
}

const withParams = (op: Operation, value: string) => op.path.replace(/\{[^}]+\}/g, value);

describe('a fuzz of every OpenAPI operation', () => {
  it('finds operations to fuzz', () => {
    expect(operations.length).toBeGreaterThan(50);
  });

  it('answers wrong path parameters and queries without a 5xx, in the error format', async () => {
    const problems: string[] = [];
    for (const op of operations)
      for (const user of users.slice(0, 3)) {
        const urls = op.path.includes('{') ? PARAMS.map((p) => withParams(op, p)) : [op.path];
        const query = op.parameters.filter((p) => p.in === 'query');
        for (const url of urls) {
          const res = await send(op, user, url, op.requestBody ? {} : undefined);
          const problem = problemOf(op, url, res);
          if (problem) problems.push(problem);
        }
        const base = withParams(op, '1');
        for (const q of query)
          for (const v of QUERY_VALUES) {
            const url = `${base}?${q.name}=${encodeURIComponent(v).replace('%25ZZ', '%ZZ')}&${q.name}=2`;
            const problem = problemOf(op, url, await send(op, user, url));
            if (problem) problems.push(problem);
          }
      }
    expect(problems).toEqual([]);
  });

  it('answers empty, huge and wrong-typed bodies without a 5xx, in the error format', async () => {
    const problems: string[] = [];
    for (const op of operations.filter((o) => o.method !== 'get'))
      for (const user of users)
        for (const body of bodies(op)) {
          const url = withParams(op, '1');
          const problem = problemOf(op, url, await send(op, user, url, body));
          if (problem) problems.push(`${problem} (body ${JSON.stringify(body)?.slice(0, 60)})`);
        }
    expect(problems).toEqual([]);
  });

  it('answers forged and malformed tokens with 401 in the error format', async () => {
    const problems: string[] = [];
    const tokens = ['Bearer', 'Bearer x', 'Bearer a.b.c', `Bearer ${'x'.repeat(10000)}`, 'Basic YTpi', 'Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.'];
    for (const op of operations)
      for (const token of tokens) {
        const url = withParams(op, '1');
        const res = await send(op, null, url).set('Authorization', token);
        const problem = problemOf(op, url, res);
        if (problem) problems.push(problem);
      }
    expect(problems).toEqual([]);
  });
});
