import { z } from 'zod';
import { route } from '../../http/route';
import { readUpload } from '../files';
import { importPolicy } from './policy';
import { IMPORT_KINDS, runImport, SHEETS } from './service';
import { ImportResult } from './present';
import { templateOf } from './sheets';

const KindParam = z.object({ kind: z.enum(IMPORT_KINDS) });
const ImportQuery = z.object({ dryRun: z.enum(['true', 'false']).default('false').transform((v) => v === 'true') });
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const importRoutes = [
  route({
    method: 'get', path: '/admin/imports/templates/:kind', access: 'user', response: { file: [XLSX] }, summary: 'An .xlsx import template', params: KindParam,
    handler: async ({ deps, actor, params, koa }) => {
      await importPolicy.template(deps.db.manager, actor);
      koa.set('Content-Type', XLSX);
      koa.set('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(SHEETS[params.kind].title)}.xlsx`);
      koa.body = await templateOf(SHEETS[params.kind]);
      return undefined;
    },
  }),
  route({
    method: 'post', path: '/admin/imports/:kind', access: 'user', response: ImportResult, alsoStatus: [422], summary: 'Import an Excel file (multipart `file`); dryRun=true checks it; any bad row: nothing is written', params: KindParam, query: ImportQuery,
    handler: async ({ deps, actor, params, query, koa, status }) => {
      const file = await readUpload(koa, deps.config.uploadLimitBytes);
      const result = await runImport(deps, actor, params.kind, file.buffer, query.dryRun);
      if (result.errors.length && !query.dryRun) status(422);
      return result;
    },
  }),
];
