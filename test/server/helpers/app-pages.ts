/**
 * The pages the mini program registers (src/app.config.ts), as WeChat names them
 * (`packages/activity/pages/detail`): a page the server sends a user to must be one of them.
 */
export function appPages(): string[] {
  const g = globalThis as { defineAppConfig?: (config: unknown) => unknown };
  g.defineAppConfig ??= (config) => config;
  const config = (require('../../../src/app.config') as { default: { pages: string[]; subPackages: { root: string; pages: string[] }[] } }).default;
  return [...config.pages, ...config.subPackages.flatMap((s) => s.pages.map((p) => `${s.root}/${p}`))];
}
