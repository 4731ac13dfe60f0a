/**
 * The reads the read benchmark loads (BENCH_SCENARIO): `communities`, the paged public list: the communities list of each street, pages 1–2,
 * 20 per page — what every resident's first screen asks for. The raw baseline answers the same two
 * queries (count + page) with the same JSON.
 */
const COUNT_SQL = 'SELECT COUNT(*) AS total FROM communities c INNER JOIN streets s ON s.id = c.streetId WHERE c.streetId = ?';
const PAGE_SQL =
  'SELECT c.id AS id, c.name AS name, c.kind AS kind, c.streetId AS streetId, s.name AS streetName, c.organizationId AS organizationId ' +
  'FROM communities c INNER JOIN streets s ON s.id = c.streetId WHERE c.streetId = ? ORDER BY c.streetId, c.id LIMIT ? OFFSET ?';

const DETAIL_SQL = 'SELECT * FROM disclosures WHERE id = ? AND status <> ?';

/** `disclosure`: one published disclosure's detail, over 50 of them — the service answers repeats from its read cache. */
async function disclosureScenario(ds) {
  const rows = await ds.query("SELECT id FROM disclosures WHERE status = 'published' ORDER BY id LIMIT 50");
  return { name: 'disclosure', description: `GET /api/disclosures/:id over ${rows.length} published disclosures`, paths: rows.map((r) => `/api/disclosures/${r.id}`) };
}

/** The raw baseline's detail: the row by primary key, as JSON (the service adds its attachments, none here). */
async function rawDisclosure(pool, url) {
  const id = Number(url.pathname.split('/').pop());
  const [rows] = await pool.execute(DETAIL_SQL, [id, 'draft']);
  const d = rows[0];
  return { ...d, items: JSON.parse(d.items), attachments: [], attachmentIds: undefined, publishedAt: d.publishedAt && new Date(d.publishedAt).toISOString(), createdAt: new Date(d.createdAt).toISOString() };
}

async function pickReadScenario(ds, name = 'communities') {
  if (name === 'disclosure') return disclosureScenario(ds);
  const streets = await ds.query('SELECT id FROM streets ORDER BY id');
  const paths = streets.flatMap((s) => [1, 2].map((page) => `/api/communities?streetId=${s.id}&page=${page}&pageSize=20`));
  return { name: 'communities', description: `GET /api/communities?streetId=&page=&pageSize=20 over ${streets.length} streets, pages 1–2`, paths };
}

/** The raw baseline's handler for the same list. */
async function rawCommunities(pool, url) {
  const streetId = Number(url.searchParams.get('streetId'));
  const page = Number(url.searchParams.get('page') || 1);
  const pageSize = Number(url.searchParams.get('pageSize') || 20);
  const [[count], [rows]] = await Promise.all([pool.execute(COUNT_SQL, [streetId]), pool.query(PAGE_SQL, [streetId, pageSize, (page - 1) * pageSize])]);
  return { items: rows[0] ? rows : [], total: Number(count[0].total), page, pageSize };
}

/**
 * The exam rush's baseline: one answer saved as the service saves it (the attempt's row claimed while
 * not submitted, then the answer's row), in a transaction, with nothing else (no auth, no checks).
 */
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

module.exports = { pickReadScenario, rawHandlers: { communities: rawCommunities, disclosure: rawDisclosure, 'exam-save': rawExamSave } };
