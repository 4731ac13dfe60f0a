import { TICKET_TTL_MS } from '../../server/src/modules/console-login/service';
import { makeCommunity, makeUser } from './helpers/factories';
import { startTestServer, type TestServer } from './helpers/server';

let ts: TestServer;
beforeAll(async () => {
  ts = await startTestServer({ env: { TRUST_PROXY: 'true' } }); // behind the district's proxy: X-Forwarded-For is the console's address
});
afterAll(() => ts.close());

/** A ticket as the console gets it (from its own address, so the rate limit sees one console per test). */
async function newTicket(ip = `10.0.0.${Math.floor(Math.random() * 250)}`) {
  const res = await ts.http.post('/api/console/login-tickets').set('X-Forwarded-For', ip).set('User-Agent', 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/130.0 Safari/537.36').expect(201);
  return res.body as { ticketId: number; qrPayload: string; pollSecret: string; expiresAt: string };
}
const poll = (t: { ticketId: number; pollSecret: string }) => ts.http.get(`/api/console/login-tickets/${t.ticketId}?pollSecret=${t.pollSecret}`);
/** The service's clock moves past the ticket's three minutes (as if the console had waited). */
const expire = () => ts.clock.set(new Date(ts.clock.now().getTime() + TICKET_TTL_MS + 1000));

async function communityAdmin() {
  const { organization } = await makeCommunity(ts);
  return { admin: await makeUser(ts, { adminOf: organization.id }), organization };
}

describe('console login by scanning', () => {
  it('goes pending → scanned → confirmed; the console gets a working token once, then the ticket is used', async () => {
    const { admin, organization } = await communityAdmin();
    const t = await newTicket('10.1.1.1');
    expect(t.qrPayload).not.toContain(t.pollSecret);
    expect(new Date(t.expiresAt).getTime() - ts.clock.now().getTime()).toBeLessThanOrEqual(3 * 60_000);
    expect((await poll(t).expect(200)).body).toEqual({ status: 'pending' });

    const scan = await ts.http.post('/api/console/login-tickets/scan').set(admin.auth).send({ qrPayload: t.qrPayload }).expect(200);
    expect(scan.body).toMatchObject({ ticketId: t.ticketId, user: { roleLabel: `${organization.name}管理员` }, where: { ip: '10.1.1.1', browser: 'Chrome · Windows' } });
    expect((await poll(t).expect(200)).body).toMatchObject({ status: 'scanned', scannedBy: { roleLabel: `${organization.name}管理员` } });

    await ts.http.post(`/api/console/login-tickets/${t.ticketId}/confirm`).set(admin.auth).expect(200, { status: 'confirmed' });
    const first = await poll(t).expect(200);
    expect(first.body).toMatchObject({ status: 'confirmed', token: expect.any(String) });
    const me = await ts.http.get('/api/me').set('Authorization', `Bearer ${first.body.token}`).expect(200);
    expect(me.body.id).toBe(admin.id);

    // Poll after use: no second token.
    expect((await poll(t).expect(200)).body).toEqual({ status: 'used' });
    // The used ticket cannot be scanned or confirmed again.
    await ts.http.post('/api/console/login-tickets/scan').set(admin.auth).send({ qrPayload: t.qrPayload }).expect(409).expect((r) => expect(r.body.error.code).toBe('TICKET_USED'));
    await ts.http.post(`/api/console/login-tickets/${t.ticketId}/confirm`).set(admin.auth).expect(409);
  });

  it('hands the token to one of two racing polls only', async () => {
    const { admin } = await communityAdmin();
    const t = await newTicket();
    await ts.http.post('/api/console/login-tickets/scan').set(admin.auth).send({ qrPayload: t.qrPayload }).expect(200);
    await ts.http.post(`/api/console/login-tickets/${t.ticketId}/confirm`).set(admin.auth).expect(200);
    const answers = await Promise.all([poll(t), poll(t), poll(t)]);
    expect(answers.filter((a) => a.body.token)).toHaveLength(1);
  });

  it('answers 404 to a wrong poll secret, and never shows the token to it', async () => {
    const { admin } = await communityAdmin();
    const t = await newTicket();
    await ts.http.post('/api/console/login-tickets/scan').set(admin.auth).send({ qrPayload: t.qrPayload }).expect(200);
    await ts.http.post(`/api/console/login-tickets/${t.ticketId}/confirm`).set(admin.auth).expect(200);
    const wrong = await ts.http.get(`/api/console/login-tickets/${t.ticketId}?pollSecret=${'0'.repeat(32)}`).expect(404);
    expect(wrong.body.token).toBeUndefined();
    await ts.http.get(`/api/console/login-tickets/${t.ticketId}?pollSecret=nope`).expect(400);
    // The scan code from the QR is not the poll secret.
    await ts.http.get(`/api/console/login-tickets/${t.ticketId}?pollSecret=${t.qrPayload.split(':')[2]}`).expect(404);
    expect((await poll(t).expect(200)).body.token).toEqual(expect.any(String));
  });

  it('refuses an expired ticket: scan and confirm 409, the poll says expired and gives no token', async () => {
    const { admin } = await communityAdmin();
    const unscanned = await newTicket();
    await expire();
    expect((await poll(unscanned).expect(200)).body).toEqual({ status: 'expired' });
    const scan = await ts.http.post('/api/console/login-tickets/scan').set(admin.auth).send({ qrPayload: unscanned.qrPayload }).expect(409);
    expect(scan.body.error.code).toBe('TICKET_EXPIRED');

    const confirmed = await newTicket();
    await ts.http.post('/api/console/login-tickets/scan').set(admin.auth).send({ qrPayload: confirmed.qrPayload }).expect(200);
    await ts.http.post(`/api/console/login-tickets/${confirmed.ticketId}/confirm`).set(admin.auth).expect(200);
    await expire();
    const late = (await poll(confirmed).expect(200)).body;
    expect(late).toMatchObject({ status: 'expired' });
    expect(late.token).toBeUndefined();

    const scanned = await newTicket();
    await ts.http.post('/api/console/login-tickets/scan').set(admin.auth).send({ qrPayload: scanned.qrPayload }).expect(200);
    await expire();
    const tooLate = await ts.http.post(`/api/console/login-tickets/${scanned.ticketId}/confirm`).set(admin.auth).expect(409);
    expect(tooLate.body.error.code).toBe('TICKET_EXPIRED');
  });

  it('refuses a non-admin: scanning and confirming are 403', async () => {
    const { admin } = await communityAdmin();
    const resident = await makeUser(ts);
    const t = await newTicket();
    const scan = await ts.http.post('/api/console/login-tickets/scan').set(resident.auth).send({ qrPayload: t.qrPayload }).expect(403);
    expect(scan.body.error.code).toBe('NOT_ADMIN');
    await ts.http.post('/api/console/login-tickets/scan').set(admin.auth).send({ qrPayload: t.qrPayload }).expect(200);
    const confirm = await ts.http.post(`/api/console/login-tickets/${t.ticketId}/confirm`).set(resident.auth).expect(403);
    expect(confirm.body.error.code).toBe('NOT_ADMIN');
    expect((await poll(t).expect(200)).body.status).toBe('scanned');
  });

  it('refuses a confirm without the scan, and by an admin other than the one who scanned', async () => {
    const { admin } = await communityAdmin();
    const { admin: other } = await communityAdmin();
    const t = await newTicket();
    const early = await ts.http.post(`/api/console/login-tickets/${t.ticketId}/confirm`).set(admin.auth).expect(409);
    expect(early.body.error.code).toBe('TICKET_NOT_SCANNED');
    await ts.http.post('/api/console/login-tickets/scan').set(admin.auth).send({ qrPayload: t.qrPayload }).expect(200);
    const rescan = await ts.http.post('/api/console/login-tickets/scan').set(other.auth).send({ qrPayload: t.qrPayload }).expect(409);
    expect(rescan.body.error.code).toBe('TICKET_SCANNED');
    const foreign = await ts.http.post(`/api/console/login-tickets/${t.ticketId}/confirm`).set(other.auth).expect(403);
    expect(foreign.body.error.code).toBe('NOT_SCANNER');
    expect((await poll(t).expect(200)).body.status).toBe('scanned');
  });

  it('a cancelled ticket cannot be confirmed and gives no token', async () => {
    const { admin } = await communityAdmin();
    const t = await newTicket();
    await ts.http.post('/api/console/login-tickets/scan').set(admin.auth).send({ qrPayload: t.qrPayload }).expect(200);
    await ts.http.post(`/api/console/login-tickets/${t.ticketId}/cancel`).set(admin.auth).expect(200, { status: 'cancelled' });
    await ts.http.post(`/api/console/login-tickets/${t.ticketId}/confirm`).set(admin.auth).expect(409);
    expect((await poll(t).expect(200)).body).toMatchObject({ status: 'cancelled' });
  });

  it('refuses a QR code that is not a login ticket (400) or a forged scan code (404)', async () => {
    const { admin } = await communityAdmin();
    const t = await newTicket();
    await ts.http.post('/api/console/login-tickets/scan').set(admin.auth).send({ qrPayload: 'https://example.com' }).expect(400);
    const forged = `spb-console-login:${t.ticketId}:${'a'.repeat(32)}`;
    await ts.http.post('/api/console/login-tickets/scan').set(admin.auth).send({ qrPayload: forged }).expect(404);
    await ts.http.post('/api/console/login-tickets/scan').send({ qrPayload: t.qrPayload }).expect(401);
  });

  it('limits one address to 10 tickets a minute (429)', async () => {
    for (let i = 0; i < 10; i++) await newTicket('10.9.9.9');
    const res = await ts.http.post('/api/console/login-tickets').set('X-Forwarded-For', '10.9.9.9').expect(429);
    expect(res.body.error.code).toBe('TOO_MANY_REQUESTS');
    await newTicket('10.9.9.10');
  });
});
