import Database from 'better-sqlite3';
import type { Page } from 'playwright-core';
import { contentHash, GENESIS_HASH, linkHash } from '../../server/src/modules/disclosures/canonical';
import { current, logInAs, open, pickChengyangCommunity, see, tap, useApp } from './helpers/app';
import { screenshot } from './helpers/browser';

// One resident's device over three visits, an admin's poster, and an operator rewriting the database.
jest.setTimeout(240000);

const app = useApp();

interface Entry { seq: number; disclosureId: number; contentHash: string; prevHash: string; hash: string; publishedAt: string }
interface Shown { id: number; communityId: number; category: string; subCategory: string | null; title: string; period: string; body: string; items: { subject: string; direction: 'income' | 'expense'; amountFen: number }[]; attachments: { sha256: string }[]; revision: number; supersedesId: number | null; revisionReason: string | null; publishedAt: string }

async function get<T>(path: string): Promise<T> {
  const res = await app.api<T>(null, 'GET', path);
  if (res.status !== 200) throw new Error(`${path}: ${res.status}`);
  return res.body;
}

/** Waits until `check` holds for what the server answers (its read cache keeps a disclosure for 5 s). */
async function eventually(check: () => Promise<boolean>, timeoutMs = 20000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('the server never answered as expected');
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * What an operator who holds the database can do: rewrite a published disclosure and recompute its
 * contentHash and every link after it with the service's own hash functions, straight in SQL.
 */
function rewriteChain(communityId: number, entries: Entry[], original: Shown, body: string) {
  const db = new Database(app.server.databaseUrl.replace(/^sqlite:/, ''));
  db.pragma('busy_timeout = 5000');
  try {
    const { id, category, subCategory, title, period, revision, supersedesId, revisionReason, publishedAt } = original;
    const rewritten = contentHash({
      id, communityId, category, subCategory, title, period, body, revision, supersedesId, revisionReason, publishedAt,
      items: original.items.map(({ subject, direction, amountFen }) => ({ subject, direction, amountFen })), attachments: original.attachments.map((a) => a.sha256),
    });
    const setEntry = db.prepare('UPDATE disclosure_chain_entries SET contentHash = ?, prevHash = ?, hash = ? WHERE communityId = ? AND seq = ?');
    db.transaction(() => {
      db.prepare('UPDATE disclosures SET body = ?, contentHash = ? WHERE id = ?').run(body, rewritten, original.id);
      let prevHash = GENESIS_HASH;
      for (const e of entries) {
        const link = { communityId, seq: e.seq, disclosureId: e.disclosureId, contentHash: e.disclosureId === original.id ? rewritten : e.contentHash, prevHash, publishedAt: e.publishedAt };
        prevHash = linkHash(link);
        setEntry.run(link.contentHash, link.prevHash, prevHash, communityId, e.seq);
      }
    })();
  } finally {
    db.close();
  }
}

describe('the app witnesses the chain (H5)', () => {
  let resident: Page;
  let communityId: number;
  let keptSeq: number;
  const majorTitle = '社区道路改造工程立项（e2e）';

  it('a resident views 城阳村社区: the device keeps the chain head and shows 已核验', async () => {
    communityId = (await get<{ items: { id: number }[] }>(`/api/communities?q=${encodeURIComponent('城阳村')}`)).items[0].id;
    const head = await get<{ seq: number }>(`/api/communities/${communityId}/disclosure-chain/head`);
    keptSeq = head.seq;
    resident = await app.newPage();
    await logInAs(resident, '每次生成一个新用户');
    await open(resident, '/pages/disclosures/index');
    await tap(resident, '选择社区');
    await pickChengyangCommunity(resident);
    await see(resident, `本机见证：公开链第 ${head.seq} 条，已记下供下次比对`);
    await screenshot(resident, 'witness-first-visit');
    const kept = await resident.evaluate((id) => localStorage.getItem(`spb:chain-head:${id}`), communityId);
    expect(kept).toContain(`"seq":${head.seq}`);
  });

  it('the admin opens the 公开栏 poster: the head in groups of four, its signature, the key fingerprint and the QR code', async () => {
    const admin = await app.newPage();
    await logInAs(admin, 'demo_community_admin');
    await open(admin, '/pages/disclosures/index');
    await tap(admin, '选择社区');
    await pickChengyangCommunity(admin);
    await tap(admin, '公开栏链头');
    const poster = await get<{ hashInGroups: string; publicKeyFingerprint: string; head: { seq: number; signature: string } }>(`/api/communities/${communityId}/disclosure-chain/poster`);
    await see(admin, '城阳村社区 三务公开链头');
    await see(admin, poster.hashInGroups);
    await see(admin, poster.publicKeyFingerprint);
    await see(admin, poster.head.signature);
    await see(admin, `公开链共 ${poster.head.seq} 条`);
    const qr = current(admin).locator('.chain-poster__qr img');
    await qr.waitFor();
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    await screenshot(admin, 'chain-poster');
    await admin.context().close();
  });

  it('an honest new publication extends the kept head: no warning, the 重大事项 tag in the list, 已核验', async () => {
    const { body: login } = await app.api<{ token: string }>(null, 'POST', '/api/auth/wechat', { code: 'demo_community_admin' });
    const draft = await app.api<{ id: number }>(login.token, 'POST', '/api/disclosures', {
      communityId, category: 'affairs', subCategory: 'public_works', title: majorTitle, period: '2026-11', body: '经居民代表会议决议，实施东侧主路改造。', major: true, matterDate: '2026-11-28',
    });
    expect(draft.status).toBe(201);
    expect((await app.api(login.token, 'POST', `/api/disclosures/${draft.body.id}/publish`)).status).toBe(200);

    await open(resident, '/pages/disclosures/index');
    await resident.reload(); // a new visit: the tab loads afresh
    await see(resident, `本机见证：公开链第 ${keptSeq + 1} 条，与`);
    expect(await current(resident).getByText('链条与您上次看到的不一致').count()).toBe(0);
    const row = current(resident).locator('.cell').filter({ hasText: majorTitle }).first();
    await row.getByText('重大事项', { exact: true }).waitFor();
    await screenshot(resident, 'witness-honest-publication');
    await row.click();
    await see(resident, '✓ 已核验');
    await see(resident, '事项发生于 2026-11-28');
    await screenshot(resident, 'witness-honest-detail');
  });

  it('after the operator rewrites a disclosure and recomputes the whole chain, the resident sees the red warning instead of 已核验', async () => {
    const { entries } = await get<{ entries: Entry[] }>(`/api/communities/${communityId}/disclosure-chain`);
    const kept = entries.at(-1)!;
    const target = await get<Shown>(`/api/disclosures/${entries[0].disclosureId}`);
    const body = `${target.body}（已改）`;
    rewriteChain(communityId, entries, target, body);
    // The server's own check is fooled: every hash recomputes.
    await eventually(async () => (await get<Shown>(`/api/disclosures/${target.id}`)).body === body);
    const after = await get<{ verified: boolean; entries: Entry[] }>(`/api/communities/${communityId}/disclosure-chain`);
    expect(after.verified).toBe(true);
    expect(after.entries.at(-1)!.hash).not.toBe(kept.hash);

    await open(resident, '/pages/disclosures/index');
    await resident.reload();
    await see(resident, '✗ 链条与您上次看到的不一致');
    await see(resident, `记下公开链第 ${kept.seq} 条：${kept.hash.slice(0, 16).match(/.{4}/g)!.join(' ')}…`);
    await screenshot(resident, 'witness-rewritten-list');

    await open(resident, `/packages/disclosure/pages/detail?id=${target.id}`);
    await see(resident, '✗ 链条与您上次看到的不一致');
    await see(resident, body);
    expect(await current(resident).getByText('✓ 已核验').count()).toBe(0);
    await screenshot(resident, 'witness-rewritten-detail');
    // The device keeps the head it saw: the rewritten chain never replaces it.
    expect(await resident.evaluate((id) => localStorage.getItem(`spb:chain-head:${id}`), communityId)).toContain(kept.hash);
    await resident.context().close();
  });
});
