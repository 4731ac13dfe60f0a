/**
 * Imports a roll of 10,000 members from an .xlsx file into a fresh MariaDB database, through the
 * service's own import (parse, check every row, write in one transaction), then the same file again
 * (every row unchanged). `npm run build:server && node server/bench/import-roll.js`.
 */
const ExcelJS = require('exceljs');
const { dist, freshDatabase, openDatabase } = require('./lib');

const ROWS = Number(process.env.ROWS || 10000);

(async () => {
  const database = await freshDatabase('bench_import');
  const ds = await openDatabase(database.url);
  try {
    const { createOrganization } = require(dist('modules/orgs/seed'));
    const { runImport, SHEETS } = require(dist('modules/imports/service'));
    const district = await createOrganization(ds.manager, '压测区委', 'district_committee', null);
    const orgs = [];
    for (let i = 0; i < 20; i++) orgs.push(await createOrganization(ds.manager, `压测党支部${i}`, 'branch', district));
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet(SHEETS.members.title);
    ws.addRow(SHEETS.members.columns.map((c) => c.header));
    for (let i = 0; i < ROWS; i++) ws.addRow([`党员${i}`, `139${String(i).padStart(8, '0')}`, orgs[i % orgs.length].name, '2001-07-01', 1960 + (i % 40)]);
    const file = Buffer.from(await wb.xlsx.writeBuffer());
    const deps = { db: ds, clock: { now: () => new Date() } };
    const actor = { id: 1, openid: 'bench', roles: ['resident', 'district_admin'], scopePaths: [] };
    const timed = async () => {
      const t = Date.now();
      const r = await runImport(deps, actor, 'members', file, false);
      return { ms: Date.now() - t, created: r.created, unchanged: r.unchanged, errors: r.errors.length };
    };
    console.log(JSON.stringify({ rows: ROWS, first: await timed(), again: await timed() }));
  } finally {
    await ds.destroy();
    await database.drop();
  }
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
