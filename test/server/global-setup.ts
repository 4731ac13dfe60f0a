import { execFileSync } from 'node:child_process';

/** Compiles the server once, for the tests that start it as separate processes. */
export default function globalSetup() {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'server/tsconfig.json'], { stdio: 'inherit' });
}
