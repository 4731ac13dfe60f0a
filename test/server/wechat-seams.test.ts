import fs from 'node:fs';
import path from 'node:path';
import { appPages } from './helpers/app-pages';

const root = path.resolve(__dirname, '../..');
const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));

describe('the WeChat seams', () => {
  it('sends users only to pages the mini program registers (every page path written in server/src)', () => {
    // A subscribe message's `page` is a string the server writes; a page that does not exist opens nothing.
    const sent = sourceFiles(path.join(root, 'server/src')).flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(/['"`]((?:packages\/[\w-]+\/)?pages\/[\w/-]+)/g)].map((m) => ({ file: path.relative(root, file), page: m[1] })),
    );
    expect(sent.length).toBeGreaterThanOrEqual(5);
    const pages = new Set(appPages());
    expect(sent.filter((s) => !pages.has(s.page))).toEqual([]);
  });

  it('builds what DevTools’ code quality scan asks for: minified JS, WXML and WXSS, lazy code loading', () => {
    const project = JSON.parse(fs.readFileSync(path.join(root, 'project.config.json'), 'utf8'));
    expect(project.setting).toMatchObject({ minified: true, minifyWXML: true, minifyWXSS: true });
    expect(fs.readFileSync(path.join(root, 'src/app.config.ts'), 'utf8')).toMatch(/lazyCodeLoading: 'requiredComponents'/);
  });
});
