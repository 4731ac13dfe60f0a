import { sendReplyNotices } from '../../server/src/modules/letters/notices';
import { appPages } from './helpers/app-pages';
import { pngBytes } from './helpers/disclosures';
import { makeCommunity, makeStreet, makeUser, type TestUser } from './helpers/factories';
import { describeOnMysql, startServerProcesses } from './helpers/processes';
import { startTestServer, type TestServer } from './helpers/server';

let ts: TestServer;
let communityId: number;
let streetId: number;
let admin: TestUser;
let streetAdmin: TestUser;
let resident: TestUser;
beforeAll(async () => {
  ts = await startTestServer({ now: '2026-03-02T02:00:00Z' });
  const { street, organization: streetOrg } = await makeStreet(ts);
  const c = await makeCommunity(ts, { streetId: street.id });
  [communityId, streetId] = [c.community.id, street.id];
  admin = await makeUser(ts, { adminOf: c.organization.id });
  streetAdmin = await makeUser(ts, { adminOf: streetOrg.id });
  resident = await makeUser(ts);
});
afterAll(() => ts.close());

const DAY = 24 * 3600_000;
const letter = (o: Record<string, unknown> = {}) => ({ communityId, category: 'letter', title: '路灯不亮', content: '村东主路的路灯坏了一个月。', public: true, ...o });
const write = (body: Record<string, unknown> = {}, user = resident) => ts.http.post('/api/letters').set(user.auth).send(letter(body));
const publicLetters = async (id = communityId) => (await ts.http.get(`/api/communities/${id}/letters?pageSize=100`).expect(200)).body;
const sentTo = (user: TestUser) => ts.wechat.state.sentMessages.filter((m) => m.touser === user.openid);

describe('a letter through its states', () => {
  it('is submitted with a due date 10 days on, shown in public without its writer, answered once, rated once', async () => {
    const w = await write({ subscribe: true }).expect(201);
    expect(w.body).toEqual({ id: expect.any(Number), status: 'submitted', dueAt: expect.any(String) });
    expect(Math.abs(Date.parse(w.body.dueAt) - (ts.clock.now().getTime() + 10 * DAY))).toBeLessThan(5000);
    const id = w.body.id;
    let shown = (await publicLetters()).items.find((l: { id: number }) => l.id === id);
    expect(shown).toMatchObject({ title: '路灯不亮', overdue: false, reply: null, satisfied: null });
    expect(shown).not.toHaveProperty('userId');
    expect(JSON.stringify(shown)).not.toContain(resident.openid);

    await ts.http.post(`/api/letters/${id}/rating`).set(resident.auth).send({ satisfied: true }).expect(409);
    const replied = await ts.http.post(`/api/letters/${id}/reply`).set(admin.auth).send({ content: '已安排电工，三日内修好。' }).expect(200);
    expect(replied.body).toMatchObject({ reply: '已安排电工，三日内修好。', repliedAt: expect.any(String) });
    await ts.http.post(`/api/letters/${id}/reply`).set(admin.auth).send({ content: '再答一次' }).expect(409);

    await ts.http.post(`/api/letters/${id}/rating`).set(admin.auth).send({ satisfied: false }).expect(403);
    const rated = await ts.http.post(`/api/letters/${id}/rating`).set(resident.auth).send({ satisfied: true, comment: '修得很快' }).expect(201);
    expect(rated.body).toMatchObject({ satisfied: true, ratingComment: '修得很快', events: [{ kind: 'submitted' }, { kind: 'replied' }, { kind: 'rated' }] });
    const again = await ts.http.post(`/api/letters/${id}/rating`).set(resident.auth).send({ satisfied: false }).expect(409);
    expect(again.body.error.code).toBe('ALREADY_RATED');

    shown = (await publicLetters()).items.find((l: { id: number }) => l.id === id);
    expect(shown).toMatchObject({ reply: '已安排电工，三日内修好。', satisfied: true });
    const mine = (await ts.http.get('/api/me/letters').set(resident.auth).expect(200)).body.items;
    expect(mine.find((l: { id: number }) => l.id === id)).toMatchObject({ status: 'submitted', satisfied: true, public: true });
    const audit = await ts.http.get(`/api/admin/audit-logs?entityType=letter&entityId=${id}`).set(admin.auth).expect(200);
    expect(audit.body.items).toEqual([expect.objectContaining({ action: 'letter.reply', actorId: admin.id })]);
  });

  it('keeps a letter the content check refuses as rejected: shown to no one, not answerable', async () => {
    const w = await write({ content: '这里有赌博广告' }).expect(201);
    expect(w.body.status).toBe('rejected');
    expect((await publicLetters()).items.map((l: { id: number }) => l.id)).not.toContain(w.body.id);
    await ts.http.get(`/api/letters/${w.body.id}`).expect(404);
    await ts.http.post(`/api/letters/${w.body.id}/reply`).set(admin.auth).send({ content: '答' }).expect(409);
  });

  it('keeps a private letter out of the public list; its writer and the admin read it, others are told it does not exist', async () => {
    const w = await write({ public: false, title: '家事求助' }).expect(201);
    expect((await publicLetters()).items.map((l: { id: number }) => l.id)).not.toContain(w.body.id);
    await ts.http.get(`/api/letters/${w.body.id}`).expect(404);
    await ts.http.get(`/api/letters/${w.body.id}`).set((await makeUser(ts)).auth).expect(404);
    expect((await ts.http.get(`/api/letters/${w.body.id}`).set(resident.auth).expect(200)).body).toMatchObject({ title: '家事求助', public: false });
    expect((await ts.http.get(`/api/letters/${w.body.id}`).set(admin.auth).expect(200)).body).toMatchObject({ title: '家事求助' });
  });

  it('refuses bad input with 400 and unknown communities with 404', async () => {
    await ts.http.post('/api/letters').send(letter()).expect(401);
    await write({ category: 'gossip' }).expect(400);
    await write({ title: '' }).expect(400);
    await write({ photoIds: Array.from({ length: 10 }, (_, i) => i + 1) }).expect(400);
    const missingPhoto = await write({ photoIds: [987654] }).expect(400);
    expect(missingPhoto.body.error.details).toEqual([expect.objectContaining({ field: 'photoIds' })]);
    await write({ communityId: 987654 }).expect(404);
    await ts.http.post('/api/letters/987654/reply').set(admin.auth).send({ content: '答' }).expect(404);
  });

  const uploadAs = async (user: TestUser, salt: string) => (await ts.http.post('/api/files').set(user.auth).attach('file', pngBytes(salt), { filename: 'p.png', contentType: 'image/png' }).expect((r) => expect([200, 201]).toContain(r.status))).body;

  it('takes up to 9 photos the writer uploaded and shows them', async () => {
    const photos = [];
    for (let i = 0; i < 10; i++) photos.push(await uploadAs(resident, `letter-${i}`));
    const w = await write({ category: 'snapshot', photoIds: photos.slice(0, 9).map((p) => p.id) }).expect(201);
    const shown = (await publicLetters()).items.find((l: { id: number }) => l.id === w.body.id);
    expect(shown.category).toBe('snapshot');
    expect(shown.photos).toEqual(photos.slice(0, 9).map((p) => ({ id: p.id, url: `/api/files/${p.sha256}`, contentType: 'image/png' })));
    await write({ photoIds: photos.map((p) => p.id) }).expect(400);
  });

  it('refuses a photo the writer did not upload (another\'s file, a draft\'s attachment), but takes the same bytes once the writer uploads them too', async () => {
    const adminsFile = await uploadAs(admin, 'draft-attachment');
    const refused = await write({ photoIds: [adminsFile.id] }).expect(400);
    expect(refused.body.error).toMatchObject({ code: 'FILE_NOT_FOUND', details: [{ field: 'photoIds' }] });
    const pdf = (await ts.http.post('/api/files').set(admin.auth).attach('file', Buffer.from('%PDF-1.4\n%%EOF'), 'a.pdf').expect(201)).body;
    await write({ photoIds: [pdf.id] }).expect(400);
    const same = await uploadAs(resident, 'draft-attachment');
    expect(same.id).toBe(adminsFile.id);
    await write({ photoIds: [same.id] }).expect(201);
  });

  it('lets only admins in scope answer', async () => {
    const w = await write().expect(201);
    const other = await makeUser(ts, { adminOf: (await makeCommunity(ts)).organization.id });
    expect((await ts.http.post(`/api/letters/${w.body.id}/reply`).set(resident.auth).send({ content: '答' }).expect(403)).body.error.code).toBe('FORBIDDEN');
    expect((await ts.http.post(`/api/letters/${w.body.id}/reply`).set(other.auth).send({ content: '答' }).expect(403)).body.error.code).toBe('OUT_OF_SCOPE');
    await ts.http.post(`/api/letters/${w.body.id}/reply`).set(streetAdmin.auth).send({ content: '街道答复' }).expect(200);
  });
});

describe('passing a letter on', () => {
  it('moves a letter to another community, whose admin then answers it; the history keeps both', async () => {
    const target = await makeCommunity(ts, { streetId });
    const targetAdmin = await makeUser(ts, { adminOf: target.organization.id });
    const w = await write().expect(201);
    await ts.http.post(`/api/letters/${w.body.id}/transfer`).set(targetAdmin.auth).send({ communityId: communityId, reason: 'x' }).expect(403);
    const moved = await ts.http.post(`/api/letters/${w.body.id}/transfer`).set(admin.auth).send({ communityId: target.community.id, reason: '属于邻村管辖' }).expect(200);
    expect(moved.body).toMatchObject({ communityId: target.community.id, organizationId: target.organization.id, dueAt: w.body.dueAt });
    expect(moved.body.events).toEqual([
      expect.objectContaining({ kind: 'submitted' }),
      expect.objectContaining({ kind: 'transferred', toOrganizationId: target.organization.id, note: '属于邻村管辖' }),
    ]);
    expect((await publicLetters(target.community.id)).items.map((l: { id: number }) => l.id)).toContain(w.body.id);
    await ts.http.post(`/api/letters/${w.body.id}/reply`).set(admin.auth).send({ content: '答' }).expect(403);
    await ts.http.post(`/api/letters/${w.body.id}/reply`).set(targetAdmin.auth).send({ content: '已处理' }).expect(200);
    await ts.http.post(`/api/letters/${w.body.id}/transfer`).set(targetAdmin.auth).send({ toStreet: true, reason: '再转' }).expect(409);
  });

  it('passes a letter up to the street: the community admin no longer answers it, the street admin does', async () => {
    const w = await write().expect(201);
    const up = await ts.http.post(`/api/letters/${w.body.id}/transfer`).set(admin.auth).send({ toStreet: true, reason: '需街道协调' }).expect(200);
    expect(up.body.communityId).toBe(communityId);
    await ts.http.post(`/api/letters/${w.body.id}/transfer`).set(streetAdmin.auth).send({ toStreet: true, reason: '再上报' }).expect(409);
    await ts.http.post(`/api/letters/${w.body.id}/reply`).set(admin.auth).send({ content: '答' }).expect(403);
    await ts.http.post(`/api/letters/${w.body.id}/reply`).set(streetAdmin.auth).send({ content: '街道已协调' }).expect(200);
    await ts.http.post(`/api/letters/${w.body.id}/transfer`).set(admin.auth).send({ reason: '缺目标' }).expect(400);
  });
});

describe('masking personal data in what shows', () => {
  it('masks mobiles, ID numbers and a name given after 我叫/本人 in public; the writer reads it as written', async () => {
    const content = '我叫王小明，电话13812345678，身份证110101199003074518，本人李四，反映问题。';
    const w = await write({ content, title: '联系13912345678' }).expect(201);
    const shown = (await publicLetters()).items.find((l: { id: number }) => l.id === w.body.id);
    expect(shown.content).toBe('我叫王**，电话138****5678，身份证110101********4518，本人李*，反映问题。');
    expect(shown.title).toBe('联系139****5678');
    const mine = (await ts.http.get('/api/me/letters').set(resident.auth).expect(200)).body.items;
    expect(mine.find((l: { id: number }) => l.id === w.body.id).content).toBe(content);
  });
});

describe('overdue letters', () => {
  it('reads overdue after 10 days unanswered, for everyone, and comes first on the admin desk', async () => {
    const old = await write({ title: '早来的信' }).expect(201);
    ts.clock.set(new Date(ts.clock.now().getTime() + 10 * DAY + 60_000));
    try {
      const fresh = await write({ title: '新来的信' }).expect(201);
      const list = (await publicLetters()).items;
      expect(list.find((l: { id: number }) => l.id === old.body.id).overdue).toBe(true);
      expect(list.find((l: { id: number }) => l.id === fresh.body.id).overdue).toBe(false);
      const desk = (await ts.http.get(`/api/admin/letters?communityId=${communityId}&pageSize=100`).set(admin.auth).expect(200)).body.items;
      const firstFresh = desk.findIndex((l: { id: number }) => l.id === fresh.body.id);
      expect(desk.slice(0, firstFresh).every((l: { overdue: boolean }) => l.overdue)).toBe(true);
      expect(desk.findIndex((l: { id: number }) => l.id === old.body.id)).toBeLessThan(firstFresh);
      const overdue = (await ts.http.get(`/api/admin/letters?state=overdue&communityId=${communityId}&pageSize=100`).set(admin.auth).expect(200)).body.items;
      expect(overdue.map((l: { id: number }) => l.id)).toContain(old.body.id);
      expect(overdue.map((l: { id: number }) => l.id)).not.toContain(fresh.body.id);
      await ts.http.get('/api/admin/letters').set(resident.auth).expect(403);
    } finally {
      ts.clock.set(new Date('2026-03-02T02:00:00Z'));
    }
  });
});

describe('the reply notice', () => {
  it('names its template for the app to ask the writer before sending', async () => {
    const res = await ts.http.get('/api/letter-notice-templates').expect(200);
    expect(res.body).toEqual({ templateIds: [ts.deps.config.templates.reply] });
    expect(res.body.templateIds[0]).toEqual(expect.any(String));
  });

  it('tells a writer who allowed it once, on a page the app has; not one who did not', async () => {
    const [subscriber, silent] = [await makeUser(ts), await makeUser(ts)];
    const a = await write({ subscribe: true }, subscriber).expect(201);
    const b = await write({}, silent).expect(201);
    for (const id of [a.body.id, b.body.id]) await ts.http.post(`/api/letters/${id}/reply`).set(admin.auth).send({ content: '已答复' }).expect(200);
    await sendReplyNotices(ts.deps);
    await sendReplyNotices(ts.deps);
    expect(sentTo(subscriber)).toEqual([expect.objectContaining({ template_id: 'tpl_reply', page: `packages/letters/pages/mine?id=${a.body.id}` })]);
    expect(appPages()).toContain(sentTo(subscriber)[0].page.split('?')[0]);
    expect(sentTo(silent)).toEqual([]);
  });

  it('does not retry a writer who refused (43101), nor send past the used-up quota (45009)', async () => {
    const [refuser, late] = [await makeUser(ts), await makeUser(ts)];
    ts.wechat.state.refusedSubscribers.add(refuser.openid);
    for (const u of [refuser, late]) {
      const w = await write({ subscribe: true }, u).expect(201);
      await ts.http.post(`/api/letters/${w.body.id}/reply`).set(admin.auth).send({ content: '已答复' }).expect(200);
    }
    ts.wechat.state.subscribeQuota = 0;
    try {
      expect(await sendReplyNotices(ts.deps)).toBe(0);
    } finally {
      ts.wechat.state.subscribeQuota = undefined;
      ts.wechat.state.refusedSubscribers.delete(refuser.openid);
    }
    expect(await sendReplyNotices(ts.deps)).toBe(0);
    expect([...sentTo(refuser), ...sentTo(late)]).toEqual([]);
  });
});

describeOnMysql('reply notices with two server processes on one MySQL database', () => {
  it('sends each reply notice exactly once while both processes run the job', async () => {
    const writers = await Promise.all(Array.from({ length: 20 }, () => makeUser(ts)));
    for (const u of writers) {
      const w = await write({ subscribe: true }, u).expect(201);
      await ts.http.post(`/api/letters/${w.body.id}/reply`).set(admin.auth).send({ content: '已答复' }).expect(200);
    }
    const cluster = await startServerProcesses(2, { databaseUrl: ts.databaseUrl, wechatUrl: ts.wechat.url, env: { JOBS_INTERVAL_MS: '20' } });
    try {
      const mine = () => ts.wechat.state.sentMessages.filter((m) => writers.some((u) => u.openid === m.touser));
      for (let i = 0; i < 100 && mine().length < writers.length; i++) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 300));
      expect(mine()).toHaveLength(20);
      expect(new Set(mine().map((m) => m.touser)).size).toBe(20);
    } finally {
      await cluster.stop();
    }
  });
});
