import path from 'node:path';
import { rebuildIfStale } from '../e2e/global-setup';

const root = path.resolve(__dirname, '../..');

/** What a WeChat user gets: the production weapp build (and the compiled server it talks to), rebuilt when stale. */
export default function globalSetup(): void {
  // The simulator forwards the build's default API base (config/index.ts) to the test's server.
  Reflect.deleteProperty(process.env, 'TARO_APP_API_BASE');
  rebuildIfStale(
    'the weapp build',
    path.join(root, 'dist/weapp/app.json'),
    ['src', 'config', 'babel.config.js'].map((p) => path.join(root, p)),
    [require.resolve('@tarojs/cli/bin/taro'), 'build', '--type', 'weapp'],
  );
  rebuildIfStale(
    'the server',
    path.join(root, 'server/dist/src/main.js'),
    [path.join(root, 'server/src')],
    [require.resolve('typescript/bin/tsc'), '-p', 'server/tsconfig.json'],
  );
}
