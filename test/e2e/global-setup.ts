import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');

/** The newest modification time of any file under the given paths (0 if none exist). */
function newest(...paths: string[]): number {
  return paths.reduce((latest, p) => {
    if (!fs.existsSync(p)) return latest;
    const stat = fs.statSync(p);
    if (!stat.isDirectory()) return Math.max(latest, stat.mtimeMs);
    return Math.max(latest, newest(...fs.readdirSync(p).map((name) => path.join(p, name))));
  }, 0);
}

/** Runs `build` when `output` is missing or older than any of `sources`; its output only if it fails. */
export function rebuildIfStale(what: string, output: string, sources: string[], build: string[]): void {
  const built = fs.existsSync(output) ? fs.statSync(output).mtimeMs : 0;
  if (built > newest(...sources)) return;
  process.stderr.write(`e2e: building ${what}\n`);
  const started = new Date();
  try {
    // Jest sets NODE_ENV=test; the build is the production one a user gets.
    execFileSync(process.execPath, build, { cwd: root, stdio: 'pipe', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NODE_ENV: 'production' } });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    process.stderr.write(`${stdout ?? ''}${stderr ?? ''}`);
    throw error;
  }
  // Dated by when the build read its sources, so an edit made during the build still counts as newer.
  fs.utimesSync(output, started, started);
}

/** The tests drive what a user gets: the H5 build, the desk console and the compiled server, rebuilt when stale. */
export default function globalSetup(): void {
  rebuildIfStale(
    'the H5 app',
    path.join(root, 'dist/h5/index.html'),
    ['src', 'config', 'babel.config.js'].map((p) => path.join(root, p)),
    [require.resolve('@tarojs/cli/bin/taro'), 'build', '--type', 'h5'],
  );
  rebuildIfStale(
    'the desk console',
    path.join(root, 'dist/admin/index.html'),
    [path.join(root, 'admin')],
    [path.join(path.dirname(require.resolve('vite/package.json')), 'bin/vite.js'), 'build', '--config', 'admin/vite.config.ts', '--logLevel', 'warn'],
  );
  rebuildIfStale(
    'the server',
    path.join(root, 'server/dist/src/main.js'),
    [path.join(root, 'server/src')],
    [require.resolve('typescript/bin/tsc'), '-p', 'server/tsconfig.json'],
  );
}
