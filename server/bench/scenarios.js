/**
 * The reads the read benchmarks load, and the bare baseline's handlers for them: node:http + a mysql2
 * pool sending the SAME statements the service sends (captured from TypeORM's query log) and
 * answering the same JSON, with no framework, no ORM, no validation, no request log. The JSON is
 * shaped with the service's own pure helpers (periods, due dates, masking) from `server/dist`, so
 * both sides compute the same answer and only the stack differs.
 *
 * `communities` (read-list.js's default): the paged public list, every street, pages 1–2, 20 per page.
 */
const path = require('node:path');

const dist = (p) => path.join(__dirname, '../../server/dist/src', p);
const COUNT_SQL = 'SELECT COUNT(*) AS total FROM communities c INNER JOIN streets s ON s.id = c.streetId WHERE c.closedAt IS NULL AND c.streetId = ?';
const PAGE_SQL =
  'SELECT c.id, c.name, c.kind, c.streetId, s.name AS streetName, c.organizationId ' +
  'FROM communities c INNER JOIN streets s ON s.id = c.streetId WHERE c.closedAt IS NULL AND c.streetId = ? ORDER BY c.streetId, c.id LIMIT ? OFFSET ?';
const ALL_COUNT_SQL = 'SELECT COUNT(*) AS total FROM communities c INNER JOIN streets s ON s.id = c.streetId WHERE c.closedAt IS NULL';
const ALL_PAGE_SQL =
  'SELECT c.id, c.name, c.kind, c.streetId, s.name AS streetName, c.organizationId ' +
  'FROM communities c INNER JOIN streets s ON s.id = c.streetId WHERE c.closedAt IS NULL ORDER BY c.streetId, c.id LIMIT ? OFFSET ?';

const iso = (d) => (d === null || d === undefined ? null : new Date(d).toISOString());
const json = (v) => (typeof v === 'string' ? JSON.parse(v) : v);

/** A path's numeric segment: `/api/communities/3/disclosures` → 3 at index 3. */
const segment = (url, i) => Number(url.pathname.split('/')[i]);

/** `disclosure`: one published disclosure's detail, over the first `count` published ones (50: the service answers repeats from its read cache). */
async function disclosureScenario(ds, count = 50) {
  const rows = await ds.query("SELECT id FROM disclosures WHERE status = 'published' ORDER BY id LIMIT ?", [count]);
  return { name: 'disclosure', description: `GET /api/disclosures/:id over ${rows.length} published disclosures`, paths: rows.map((r) => `/api/disclosures/${r.id}`) };
}

async function pickReadScenario(ds, name = 'communities') {
  if (name === 'disclosure') return disclosureScenario(ds);
  const streets = await ds.query('SELECT id FROM streets ORDER BY id');
  const paths = streets.flatMap((s) => [1, 2].map((page) => `/api/communities?streetId=${s.id}&page=${page}&pageSize=20`));
  return { name: 'communities', description: `GET /api/communities?streetId=&page=&pageSize=20 over ${streets.length} streets, pages 1–2`, paths };
}

function totalsOf(category, items) {
  if (category !== 'finance') return null;
  const sum = (dir) => items.filter((i) => i.direction === dir).reduce((s, i) => s + i.amountFen, 0);
  const incomeFen = sum('income');
  const expenseFen = sum('expense');
  return { incomeFen, expenseFen, balanceFen: incomeFen - expenseFen };
}

const summaryOf = (d) => {
  const items = json(d.items);
  return {
    id: d.id, communityId: d.communityId, category: d.category, subCategory: d.subCategory, title: d.title, period: d.period, status: d.status,
    publishedAt: iso(d.publishedAt), revision: d.revision, supersedesId: d.supersedesId, supersededById: d.supersededById,
    totals: totalsOf(d.category, items), attachmentCount: json(d.attachmentIds).length, viewCount: d.viewCount, updatedAt: iso(d.updatedAt),
  };
};

/** The community and its street, as `getCommunity` reads them (two lookups by primary key). */
async function community(pool, id) {
  const [[c]] = await pool.execute('SELECT * FROM communities WHERE id = ? LIMIT 1', [id]);
  const [[s]] = await pool.execute('SELECT * FROM streets WHERE id = ? LIMIT 1', [c.streetId]);
  return { id: c.id, name: c.name, kind: c.kind, streetId: c.streetId, streetName: s.name, organizationId: c.organizationId };
}

/** `GET /api/communities?streetId=&page=&pageSize=`: count and page at once, as the service does. */
async function rawCommunities(pool, url) {
  const streetId = Number(url.searchParams.get('streetId'));
  const page = Number(url.searchParams.get('page') || 1);
  const pageSize = Number(url.searchParams.get('pageSize') || 20);
  const [[count], [rows]] = await Promise.all([pool.execute(COUNT_SQL, [streetId]), pool.query(PAGE_SQL, [streetId, pageSize, (page - 1) * pageSize])]);
  return { items: rows, total: Number(count[0].total), page, pageSize };
}

/** `GET /api/communities/:id/disclosures?page=`: the community, then the page, then its count. */
async function rawCommunityDisclosures(pool, url) {
  const id = segment(url, 3);
  const page = Number(url.searchParams.get('page') || 1);
  const pageSize = 20;
  await community(pool, id);
  const where = 'WHERE communityId = ? AND status = ? AND supersededById IS NULL';
  const [rows] = await pool.query(`SELECT * FROM disclosures ${where} ORDER BY publishedAt DESC, id DESC LIMIT ? OFFSET ?`, [id, 'published', pageSize, (page - 1) * pageSize]);
  const [[count]] = await pool.execute(`SELECT COUNT(1) AS cnt FROM disclosures ${where}`, [id, 'published']);
  return { items: rows.map(summaryOf), total: Number(count.cnt), page, pageSize };
}

/** `GET /api/disclosures/:id`: the row by primary key, presented (no attachments in the scale data). Never cached. */
async function rawDisclosure(pool, url) {
  const id = segment(url, 3);
  const [[d]] = await pool.execute('SELECT * FROM disclosures WHERE id = ? LIMIT 1', [id]);
  return {
    ...summaryOf(d), body: d.body, items: json(d.items), attachments: [], revisionReason: d.revisionReason, contentHash: d.contentHash, createdAt: iso(d.createdAt),
    withdrawal: d.withdrawnAt ? { reason: d.withdrawalReason ?? '', withdrawnAt: iso(d.withdrawnAt) } : null,
  };
}

const ACTIVITY_WHERE = 'WHERE status = ? AND (audience = ? OR (1 = 0))';
const presentActivity = (a) => ({
  id: a.id, organizationId: a.organizationId, kind: a.kind, title: a.title, description: a.description, location: json(a.location),
  startAt: iso(a.startAt), endAt: iso(a.endAt), signupDeadline: iso(a.signupDeadline), capacity: a.capacity, audience: a.audience, points: a.points,
  status: a.status, cancelReason: a.cancelReason, confirmedCount: a.confirmedCount,
});

/** `GET /api/activities?page=` for a visitor: the upcoming and past counts at once, then the upcoming range, then the past one. */
async function rawActivities(pool, url) {
  const page = Number(url.searchParams.get('page') || 1);
  const pageSize = 20;
  const now = new Date();
  const args = ['published', 'public', now];
  const [[[up]], [[past]]] = await Promise.all([
    pool.execute(`SELECT COUNT(1) AS cnt FROM activities ${ACTIVITY_WHERE} AND endAt >= ?`, args),
    pool.execute(`SELECT COUNT(1) AS cnt FROM activities ${ACTIVITY_WHERE} AND endAt < ?`, args),
  ]);
  const offset = (page - 1) * pageSize;
  const rows = [];
  if (offset < Number(up.cnt)) rows.push(...(await pool.query(`SELECT * FROM activities ${ACTIVITY_WHERE} AND endAt >= ? ORDER BY startAt ASC, id ASC LIMIT ? OFFSET ?`, [...args, pageSize, offset]))[0]);
  if (rows.length < pageSize)
    rows.push(...(await pool.query(`SELECT * FROM activities ${ACTIVITY_WHERE} AND endAt < ? ORDER BY startAt DESC, id ASC LIMIT ? OFFSET ?`, [...args, pageSize - rows.length, Math.max(0, offset - Number(up.cnt))]))[0]);
  return { items: rows.map(presentActivity), total: Number(up.cnt) + Number(past.cnt), page, pageSize };
}

/**
 * `GET /api/communities/:id/transparency`: the same 41 statements as the service (the community, then
 * for each of the 12 due months the whole community list and the first publications, then the
 * questions, the letters and the chain head), the same figures.
 */
async function rawTransparency(pool, url) {
  const { CATEGORIES, dueAt, latestDuePeriod, periodsOfQuarter } = require(dist('modules/disclosures/catalogue'));
  const { shiftPeriod } = require(dist('core/time'));
  const { maskPersonalData } = require(dist('modules/letters/mask'));
  const id = segment(url, 3);
  const now = new Date();
  const c = await community(pool, id);
  const cells = [];
  const [month, quarter] = [latestDuePeriod('finance', now), latestDuePeriod('party', now)];
  for (let i = 0; i < 12; i++) {
    const m = shiftPeriod(month, -i);
    const q = shiftPeriod(quarter, -Math.min(i, 3));
    await Promise.all([pool.execute(ALL_COUNT_SQL), pool.query(ALL_PAGE_SQL, [1_000_000, 0])]);
    const qp = periodsOfQuarter(q);
    const [firsts] = await pool.query(
      "SELECT communityId, category, MIN(publishedAt) AS firstPublishedAt FROM disclosures WHERE communityId IN (?) AND status = ? AND originalId IS NULL AND ((category = 'finance' AND period = ?) OR (category IN ('party', 'affairs') AND period IN (?, ?, ?, ?))) GROUP BY communityId, category",
      [id, 'published', m, ...qp],
    );
    for (const category of CATEGORIES) {
      if (category !== 'finance' && i >= 4) continue;
      const period = category === 'finance' ? m : q;
      const due = dueAt(category, period);
      const f = firsts.find((r) => r.category === category);
      const publishedAt = f ? new Date(f.firstPublishedAt) : null;
      const status = publishedAt ? (publishedAt <= due ? 'on_time' : 'late') : due <= now ? 'missing' : 'not_due';
      cells.push({ kind: category === 'finance' ? 'month' : 'quarter', period, category, status, dueAt: due.toISOString(), publishedAt: iso(publishedAt) });
    }
  }
  const state = (due, repliedAt) => (repliedAt ? (new Date(repliedAt) <= due ? 'on_time' : 'late') : now > due ? 'overdue' : 'open');
  const [questions] = await pool.execute("SELECT * FROM disclosure_questions WHERE communityId IN (?) AND status = ? ORDER BY id DESC", [id, 'visible']);
  const [letters] = await pool.execute('SELECT * FROM letters WHERE communityId IN (?) AND status = ? ORDER BY id DESC', [id, 'submitted']);
  const qStates = questions.map((r) => state(new Date(new Date(r.createdAt).getTime() + 10 * 86_400_000), r.repliedAt));
  const lRows = letters.map((l) => ({ state: state(new Date(l.dueAt), l.repliedAt), satisfied: l.satisfied === null ? null : !!l.satisfied, title: l.public ? maskPersonalData(l.title) : null }));
  const STATES = ['on_time', 'late', 'overdue', 'open'];
  const countBy = (keys, values) => Object.fromEntries(keys.map((k) => [k, values.filter((v) => v === k).length]));
  const rate = (n, d) => (d ? Math.round((n / d) * 10000) / 10000 : null);
  const link = (figure) => `/api/communities/${id}/transparency/rows?figure=${figure}`;
  const linked = (prefix, counts) => Object.fromEntries(Object.entries(counts).map(([k, n]) => [k, { count: n, rows: link(`${prefix}.${k}`) }]));
  const disclosures = countBy(['on_time', 'late', 'missing', 'not_due'], cells.map((x) => x.status));
  const qc = countBy(STATES, qStates);
  const lc = countBy(STATES, lRows.map((l) => l.state));
  const rated = lRows.filter((l) => l.satisfied !== null);
  const satisfied = rated.filter((l) => l.satisfied).length;
  const due = (x) => x.on_time + x.late + x.overdue;
  const byPeriod = (kind) =>
    [...new Set(cells.filter((x) => x.kind === kind).map((x) => x.period))].map((period) => ({
      period,
      categories: CATEGORIES.flatMap((category) => cells.filter((x) => x.kind === kind && x.period === period && x.category === category))
        .map((x) => ({ category: x.category, status: x.status, dueAt: x.dueAt, publishedAt: x.publishedAt, rows: `/api/communities/${id}/disclosures?category=${x.category}&period=${x.period}` })),
    }));
  const [[head]] = await pool.execute('SELECT * FROM disclosure_chain_entries WHERE communityId = ? ORDER BY seq DESC LIMIT 1', [id]);
  return {
    communityId: id, communityName: c.name, streetId: c.streetId, streetName: c.streetName, asOf: now.toISOString(),
    disclosures: { months: byPeriod('month'), quarters: byPeriod('quarter'), counts: linked('disclosures', disclosures) },
    questions: linked('questions', qc), letters: linked('letters', lc),
    satisfaction: { satisfied, unsatisfied: rated.length - satisfied, rate: rate(satisfied, rated.length), rows: link('letters.rated') },
    record: { disclosureOnTimeRate: rate(disclosures.on_time, disclosures.on_time + disclosures.late + disclosures.missing), answeredOnTimeRate: rate(qc.on_time + lc.on_time, due(qc) + due(lc)), overdue: qc.overdue + lc.overdue },
    chainHead: head ? { seq: head.seq, hash: head.hash, publishedAt: iso(head.publishedAt) } : null,
  };
}

/**
 * `POST /api/activities/:id/signups`, the essential work only: the bearer token checked (HS256, the
 * service's dev secret), the INSERT as waitlisted, the conditional UPDATE that takes a place.
 */
async function rawSignup(pool, url, req) {
  const jwt = require('jsonwebtoken');
  const secret = (rawSignup.key ??= require('node:crypto').createSecretKey(Buffer.from(process.env.JWT_SECRET)));
  const userId = Number(jwt.verify(String(req.headers.authorization).slice(7), secret, { algorithms: ['HS256'] }).sub);
  const activityId = segment(url, 3);
  const now = new Date();
  const [inserted] = await pool.execute("INSERT INTO activity_signups (activityId, userId, status, checkedInAt, createdAt, updatedAt) VALUES (?, ?, 'waitlisted', NULL, ?, ?)", [activityId, userId, now, now]);
  const [took] = await pool.execute(
    "UPDATE activities a STRAIGHT_JOIN activity_signups s ON s.id = ? SET a.confirmedCount = a.confirmedCount + 1, s.status = 'confirmed' WHERE a.id = ? AND a.status = 'published' AND (a.capacity IS NULL OR a.confirmedCount < a.capacity) AND s.status = 'waitlisted'",
    [inserted.insertId, activityId],
  );
  return { id: inserted.insertId, activityId, status: took.affectedRows ? 'confirmed' : 'waitlisted', position: null, checkedInAt: null, createdAt: now.toISOString() };
}

/** The exam rush's baseline: the service's two UPDATEs of a save, in a transaction, nothing else (no auth, no checks). */
async function rawExamSave(pool, url) {
  const attemptId = Number(url.searchParams.get('attempt'));
  const conn = await pool.getConnection();
  try {
    await conn.beginTransaction();
    await conn.execute('UPDATE exam_attempts SET savedAt = NOW(3) WHERE id = ? AND submittedAt IS NULL', [attemptId]);
    await conn.execute('UPDATE exam_answers SET choice = ? WHERE attemptId = ? AND questionId = ?', [url.searchParams.get('choice'), attemptId, Number(url.searchParams.get('question'))]);
    await conn.commit();
  } finally {
    conn.release();
  }
  return { saved: 1 };
}

/** `public`: every public read above, chosen by its path (one baseline process for the scale bench). */
function rawPublic(pool, url, req) {
  const p = url.pathname;
  if (p === '/api/communities') return rawCommunities(pool, url);
  if (p === '/api/activities') return rawActivities(pool, url);
  if (/^\/api\/communities\/\d+\/disclosures$/.test(p)) return rawCommunityDisclosures(pool, url);
  if (/^\/api\/communities\/\d+\/transparency$/.test(p)) return rawTransparency(pool, url);
  if (/^\/api\/disclosures\/\d+$/.test(p)) return rawDisclosure(pool, url);
  if (/^\/api\/activities\/\d+\/signups$/.test(p)) return rawSignup(pool, url, req);
  throw new Error(`no raw handler for ${p}`);
}

/**
 * The vote rush's baseline: one secret ballot written as the service writes it (the participation
 * row, whose primary key is the one-ballot rule, and one choice row per option under a random UUID)
 * in a transaction, with nothing else (no auth, no window or electorate checks).
 */
async function rawBallot(pool, url) {
  const voteId = Number(url.searchParams.get('vote'));
  const options = url.searchParams.get('options').split(',').map(Number);
  const conn = await pool.getConnection();
  try {
    await conn.beginTransaction();
    await conn.execute('INSERT INTO vote_participations (voteId, userId) VALUES (?, ?)', [voteId, Number(url.searchParams.get('user'))]);
    await conn.query('INSERT INTO vote_choices (id, voteId, optionId) VALUES ?', [options.map((o) => [require('node:crypto').randomUUID(), voteId, o])]);
    await conn.commit();
  } catch (err) {
    await conn.rollback();
    throw err;
  } finally {
    conn.release();
  }
  return { voted: true };
}

module.exports = {
  pickReadScenario,
  disclosureScenario,
  rawHandlers: { communities: rawCommunities, disclosure: rawDisclosure, 'exam-save': rawExamSave, signup: rawSignup, public: rawPublic, ballot: rawBallot },
};
