// One lint for the repo. Besides the usual checks it states the architecture (docs/ARCHITECTURE.md)
// as import rules, so a wrong import fails `npm test` instead of waiting for a reviewer.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const root = path.dirname(fileURLToPath(import.meta.url));
const serverModules = 'server/src/modules';
const appFeatures = 'src/features';

/**
 * The server's modules in dependency order, read from `modules/registry.ts` (the one list): a module
 * may import only modules listed before it, so the module graph cannot have a cycle.
 */
function moduleOrder() {
  const registry = fs.readFileSync(path.join(root, serverModules, 'registry.ts'), 'utf8');
  const dirOf = Object.fromEntries([...registry.matchAll(/import \{ (\w+) \} from '\.\/([\w-]+)';/g)].map((m) => [m[1], m[2]]));
  const list = registry.match(/export const modules: AppModule\[\] = \[([^\]]*)\]/)?.[1] ?? '';
  const order = list.split(',').map((s) => dirOf[s.trim()]).filter(Boolean);
  const dirs = fs.readdirSync(path.join(root, serverModules), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
  const unlisted = dirs.filter((d) => !order.includes(d));
  if (unlisted.length) throw new Error(`eslint.config.mjs: modules not in registry.ts: ${unlisted.join(', ')}`);
  return order;
}

const subdirs = (dir) => fs.readdirSync(path.join(root, dir), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

/** Server layering: lower layers never see modules; a module sees earlier modules through their index.ts only. */
function serverZones() {
  const order = moduleOrder();
  const lower = ['config.ts', 'errors.ts', 'deps.ts', 'core', 'db', 'http', 'wechat', 'storage'].map((p) => `./server/src/${p}`);
  const zones = [
    ...lower.map((target) => ({
      target,
      from: `./${serverModules}`,
      message: 'config, errors, core, db, http, wechat and storage sit below the modules: pass what they need in (see docs/ARCHITECTURE.md).',
    })),
    { target: './server/src/core', from: ['./server/src/db', './server/src/http'], message: 'core is the bottom layer: plain types and helpers only.' },
    { target: `./${serverModules}/*/**`, from: `./${serverModules}/registry.ts`, message: 'Only the composition root (app, jobs, seed) reads the registry.' },
  ];
  order.forEach((mod, i) => {
    order.forEach((other, j) => {
      if (other === mod) return;
      zones.push(
        j < i
          ? {
              target: `./${serverModules}/${mod}`,
              from: `./${serverModules}/${other}`,
              except: ['./index.ts'],
              message: `Import the ${other} module through its index.ts, not its files.`,
            }
          : {
              target: `./${serverModules}/${mod}`,
              from: `./${serverModules}/${other}`,
              message: `${other} comes after ${mod} in modules/registry.ts: a module imports only modules before it (move the shared part down, or into a new module after both).`,
            },
      );
    });
  });
  return zones;
}

/** App layering: pages → features → components, lib; a feature sees another feature through its index.ts only. */
function appZones() {
  const pages = ['./src/pages', './src/packages'];
  const features = subdirs(appFeatures);
  return [
    { target: ['./src/components', './src/lib'], from: ['./src/features', ...pages], message: 'components and lib sit below features and pages.' },
    { target: './src/features', from: pages, message: 'Features never import pages.' },
    ...features.flatMap((f) =>
      features
        .filter((o) => o !== f)
        .map((o) => ({
          target: `./${appFeatures}/${f}`,
          from: `./${appFeatures}/${o}`,
          except: ['./index.ts'],
          message: `Use the ${o} feature through its index.ts, not its files.`,
        })),
    ),
  ];
}

/** Console layering, the app's rules again: pages → features → components, lib; features meet only through index.ts. */
function adminZones() {
  const features = subdirs('admin/src/features');
  return [
    { target: ['./admin/src/components', './admin/src/lib'], from: ['./admin/src/features', './admin/src/pages'], message: 'components and lib sit below features and pages.' },
    { target: './admin/src/features', from: './admin/src/pages', message: 'Features never import pages.' },
    ...features.flatMap((f) =>
      features
        .filter((o) => o !== f)
        .map((o) => ({ target: `./admin/src/features/${f}`, from: `./admin/src/features/${o}`, except: ['./index.ts'], message: `Use the ${o} feature through its index.ts, not its files.` })),
    ),
  ];
}

export default tseslint.config(
  { ignores: ['**/dist/**', 'node_modules/**', 'coverage/**', 'test/screenshots/**', 'config/**', 'types/**', '*.js', 'scripts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      // Without these, import-x cannot parse the TypeScript files it follows, and no-cycle sees no edges.
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ noWarnOnMultipleProjects: true, project: ['tsconfig.json', 'server/tsconfig.json', 'test/server/tsconfig.json', 'admin/tsconfig.json'] }),
      ],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Cycles among our own files only: following packages' imports is most of the lint's time.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-duplicates': 'error',
      // Chinese copy uses the ideographic space (U+3000) on purpose.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipJSXText: true }],
    },
  },
  {
    files: ['server/**/*.ts', 'test/**/*.ts', 'test/**/*.tsx'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['test/**'],
    languageOptions: { globals: { ...globals.jest } },
    // Response bodies are untyped JSON, and module-fresh tests `require` after `jest.resetModules()`.
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  { files: ['server/src/**/*.ts'], rules: { 'import-x/no-restricted-paths': ['error', { zones: serverZones() }] } },
  {
    files: ['src/**/*.ts', 'src/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, 'import-x/no-restricted-paths': ['error', { zones: appZones() }] },
  },
  {
    files: ['admin/src/**/*.ts', 'admin/src/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules, 'import-x/no-restricted-paths': ['error', { zones: adminZones() }] },
  },
);
