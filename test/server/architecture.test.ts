import { execFileSync } from 'node:child_process';
import path from 'node:path';

// The layering of docs/ARCHITECTURE.md is enforced by eslint.config.mjs. These cases lint code
// that is not in the repo (each under a file name where it would live) and check that the wrong
// imports fail and the right ones pass. ESLint loads its ESM config, which Jest's module system
// cannot, so one child process lints every case through ESLint's Node API.
const root = path.resolve(__dirname, '../..');

type Case = { file: string; code: string };
type Result = { file: string; rules: string[]; messages: string[] };

function lint(cases: Case[]): Result[] {
  const script = `
    const { ESLint } = require('eslint');
    const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));
    (async () => {
      const eslint = new ESLint({ cwd: ${JSON.stringify(root)} });
      const out = [];
      for (const c of cases) {
        const [r] = await eslint.lintText(c.code, { filePath: require('path').join(${JSON.stringify(root)}, c.file) });
        out.push({ file: c.file, rules: r.messages.map((m) => m.ruleId), messages: r.messages.map((m) => m.message) });
      }
      process.stdout.write(JSON.stringify(out));
    })().catch((e) => { console.error(e); process.exit(1); });`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: root, input: JSON.stringify(cases), encoding: 'utf8' }));
}

const cases = {
  httpToModule: { file: 'server/src/http/example.ts', code: "export { actorFromToken } from '../modules/auth';\n" },
  dbToRegistry: { file: 'server/src/db/example.ts', code: "export { schema } from '../modules/registry';\n" },
  coreToHttp: { file: 'server/src/core/example.ts', code: "export { route } from '../http/route';\n" },
  moduleIntoFile: { file: 'server/src/modules/campaigns/example.ts', code: "export { recordAudit } from '../audit/service';\n" },
  moduleThroughIndex: { file: 'server/src/modules/campaigns/example.ts', code: "export { recordAudit } from '../audit';\n" },
  moduleBackwards: { file: 'server/src/modules/orgs/example.ts', code: "export { recordAudit } from '../audit';\n" },
  fileCycle: { file: 'server/src/modules/orgs/scope.ts', code: "export { orgsModule } from './index';\n" },
  componentToFeature: { file: 'src/components/Example/index.tsx', code: "export { roleLabels } from '../../features/auth/roles';\n" },
  libToPage: { file: 'src/lib/example.ts', code: "export { default } from '../pages/index/index';\n" },
  featureToPage: { file: 'src/features/auth/example.ts', code: "export { default } from '../../packages/admin/pages/index';\n" },
  featureIntoFeature: { file: 'src/features/auth/example.ts', code: "export type { Merchant } from '../campaigns/types';\n" },
  featureThroughIndex: { file: 'src/features/auth/example.ts', code: "export type { Merchant } from '../campaigns';\n" },
};

let results: Record<keyof typeof cases, Result>;
beforeAll(() => {
  const names = Object.keys(cases) as (keyof typeof cases)[];
  const out = lint(names.map((n) => cases[n]));
  results = Object.fromEntries(names.map((n, i) => [n, out[i]])) as typeof results;
}, 60000);

const fails = (name: keyof typeof cases, rule: string) => expect(results[name].rules).toContain(rule);
const passes = (name: keyof typeof cases) => expect(results[name].messages).toEqual([]);

describe('the server layering', () => {
  it('refuses http, db and core importing a module or the registry', () => {
    fails('httpToModule', 'import-x/no-restricted-paths');
    fails('dbToRegistry', 'import-x/no-restricted-paths');
    fails('coreToHttp', 'import-x/no-restricted-paths');
  });

  it("refuses a module importing another module's file, and accepts its index.ts", () => {
    fails('moduleIntoFile', 'import-x/no-restricted-paths');
    expect(results.moduleIntoFile.messages.join()).toMatch(/through its index\.ts/);
    passes('moduleThroughIndex');
  });

  it('refuses a module importing a module listed after it in the registry', () => {
    fails('moduleBackwards', 'import-x/no-restricted-paths');
    expect(results.moduleBackwards.messages.join()).toMatch(/audit comes after orgs/);
  });

  it('refuses an import cycle between files', () => {
    fails('fileCycle', 'import-x/no-cycle');
  });
});

describe('the app layering', () => {
  it('refuses components and lib importing features or pages, and features importing pages', () => {
    fails('componentToFeature', 'import-x/no-restricted-paths');
    fails('libToPage', 'import-x/no-restricted-paths');
    fails('featureToPage', 'import-x/no-restricted-paths');
  });

  it("refuses a feature importing another feature's file, and accepts its index.ts", () => {
    fails('featureIntoFeature', 'import-x/no-restricted-paths');
    passes('featureThroughIndex');
  });
});
