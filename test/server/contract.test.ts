import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { buildOpenApi } from '../../server/src/http/openapi';
import { routeTable } from '../../server/src/modules/registry';
import * as orgPresent from '../../server/src/modules/orgs/present';
import { makeCommunity, makeStreet } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';

type Operation = { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> };

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer();
});
afterAll(() => ts.close());

describe('the API contract', () => {
  const doc = buildOpenApi(routeTable);
  const operations = Object.entries(doc.paths).flatMap(([path, methods]) => Object.entries(methods as Record<string, Operation>).map(([method, op]) => ({ at: `${method} ${path}`, op })));

  it('documents a success response for every operation: a schema, no content (204), or a file type', () => {
    expect(operations.length).toBeGreaterThan(70);
    const undocumented = operations.filter(({ op }) => {
      const success = Object.entries(op.responses).filter(([status]) => status.startsWith('2'));
      return !success.length || success.some(([status, r]) => (status === '204' ? r.content !== undefined : !r.content || !Object.values(r.content).every((c) => c.schema)));
    });
    expect(undocumented.map((o) => o.at)).toEqual([]);
    expect(operations.filter(({ op }) => !op.responses.default?.content?.['application/json']).map((o) => o.at)).toEqual([]);
  });

  it('names the schemas, so the generated app types have names', () => {
    const json = JSON.stringify(doc.paths);
    expect(json).toContain('"$ref":"#/components/schemas/DisclosureSummaryPage"');
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['Disclosure', 'DisclosureSummary', 'Activity', 'Error']));
  });

  it('has the app types (src/lib/api-schema.ts) generated from the current document', () => {
    // The compiled script (the global setup builds server/dist): openapi-typescript is ESM inside, which jest cannot load.
    const check = spawnSync(process.execPath, [path.resolve(__dirname, '../../server/dist/scripts/openapi.js'), '--check'], { encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('fails the test whose response drifts from its schema', async () => {
    const { street, organization: streetOrg } = await makeStreet(ts);
    await makeCommunity(ts, { streetId: street.id });
    // A presenter that leaks a column and drops a field, as an edit that forgets the schema would.
    const drift = jest.spyOn(orgPresent, 'presentOrganization').mockImplementation((o) => ({ id: o.id, name: o.name, kind: o.kind, parentId: o.parentId, path: o.path }) as never);
    try {
      await ts.http.get(`/api/organizations/${streetOrg.id}`).expect(200);
    } finally {
      drift.mockRestore();
    }
    const [problem, ...more] = ts.takeContractViolations();
    expect(more).toEqual([]);
    expect(problem).toContain('GET /api/organizations/:id → 200: body does not match the OpenAPI schema');
    expect(problem).toContain("must have required property 'rating'");
    expect(problem).toContain('must NOT have additional properties: path');

    // The same route, true to its schema again, and its errors in the error shape: nothing to report.
    await ts.http.get(`/api/organizations/${streetOrg.id}`).expect(200);
    await ts.http.get('/api/organizations/999999').expect(404);
    await ts.http.get('/api/organizations/abc').expect(400);
    expect(ts.takeContractViolations()).toEqual([]);
  });
});
