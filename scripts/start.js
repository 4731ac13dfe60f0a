#!/usr/bin/env node
/**
 * `npm start`: builds the H5 app and the desk console if they have not been built, compiles the service, then runs it.
 * The service creates and migrates the database on first start and, in dev mode, loads demo data.
 */
const { execFileSync, spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const run = (args) => execFileSync(process.execPath, args, { cwd: root, stdio: 'inherit' });

if (!fs.existsSync(path.join(root, 'dist/h5/index.html'))) {
  console.log('Building the H5 app (first start only)…');
  run([require.resolve('@tarojs/cli/bin/taro', { paths: [root] }), 'build', '--type', 'h5']);
}
if (!fs.existsSync(path.join(root, 'dist/admin/index.html'))) {
  console.log('Building the desk console (first start only)…');
  run([path.join(path.dirname(require.resolve('vite/package.json', { paths: [root] })), 'bin/vite.js'), 'build', '--config', 'admin/vite.config.ts']);
}
run([require.resolve('typescript/bin/tsc', { paths: [root] }), '-p', 'server/tsconfig.json']);
const server = spawn(process.execPath, ['server/dist/src/main.js'], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
