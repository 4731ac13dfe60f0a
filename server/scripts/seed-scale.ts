import 'reflect-metadata';
import crypto from 'node:crypto';
import type { DataSource } from 'typeorm';
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/db/data-source';
import { schema } from '../src/modules/registry';
import { chainLinkHash, GENESIS_HASH, publishedContentHash, type Category } from '../src/modules/disclosures';

/**
 * `npm run seed:scale [-- --factor 0.1]`: a district at full size in an EMPTY database, for the
 * benchmarks and the EXPLAIN test: 8 streets, 300 communities, 40,000 members, 300,000 residents,
 * ten years of disclosures (96,000, each published on its community's hash chain), 20,000
 * activities with 1,000,000 sign-ups, 200,000 coupon claims, letters and questions in proportion.
 * Rows are written with multi-row INSERTs and explicit ids, so the whole district takes minutes.
 * The content is deterministic (a seeded generator) and names no real person.
 */
export interface ScaleCounts {
  streets: number; communities: number; members: number; residents: number; disclosures: number;
  activities: number; signups: number; claims: number; letters: number; questions: number;
}

const YEARS = 10;
const DAY = 86_400_000;

/** A small deterministic generator (mulberry32): the same district on every run. */
function generator(seed: number) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n) };
}

/** The stored form of a datetime on both dialects (UTC, milliseconds). */
const sqlTime = (d: Date) => d.toISOString().replace('T', ' ').replace('Z', '');

/** Multi-row INSERTs, chunked under both drivers' bound-parameter limits. */
async function insertRows(db: DataSource, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  const perStatement = Math.max(1, Math.floor(30_000 / columns.length));
  const head = `INSERT INTO \`${table}\` (${columns.map((c) => `\`${c}\``).join(', ')}) VALUES `;
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  for (let i = 0; i < rows.length; i += perStatement) {
    const chunk = rows.slice(i, i + perStatement);
    await db.query(head + chunk.map(() => tuple).join(', '), chunk.flat());
  }
}

/** Builds rows in batches and inserts them as they fill, so a million rows never sit in memory at once. */
function batcher(db: DataSource, table: string, columns: string[], size = 20_000) {
  let rows: unknown[][] = [];
  const flush = async () => {
    if (rows.length) await insertRows(db, table, columns, rows);
    rows = [];
  };
  return {
    add: async (row: unknown[]) => {
      rows.push(row);
      if (rows.length >= size) await flush();
    },
    flush,
  };
}

export async function seedScale(db: DataSource, factor: number, now: Date): Promise<ScaleCounts> {
  const existing = (await db.query('SELECT COUNT(*) AS n FROM `users`')) as { n: number | string }[];
  if (Number(existing[0].n) > 0) throw new Error('seed:scale fills an empty database: this one has users already');
  const rnd = generator(20_170_501);
  const scaled = (n: number, min = 1) => Math.max(min, Math.round(n * factor));
  const stamp = sqlTime(now);
  const BASE = ['createdAt', 'updatedAt'];

  // Organisations: the district, a 党工委 per street, a party organisation per community.
  const streets = 8;
  const communities = scaled(300, streets);
  const orgRows: unknown[][] = [[1, '城阳区委（规模测试）', 'district_committee', null, '/1/', 'normal', null, stamp, stamp]];
  const streetRows: unknown[][] = [];
  const communityRows: unknown[][] = [];
  const communityOrg: number[] = []; // community index → organisation id
  for (let s = 0; s < streets; s++) {
    const orgId = 2 + s;
    orgRows.push([orgId, `第${s + 1}街道党工委`, 'street_committee', 1, `/1/${orgId}/`, 'normal', null, stamp, stamp]);
    streetRows.push([s + 1, `第${s + 1}街道`, orgId, null, stamp, stamp]);
  }
  for (let c = 0; c < communities; c++) {
    const orgId = 2 + streets + c;
    const street = c % streets;
    orgRows.push([orgId, `第${c + 1}社区党委`, 'party_committee', 2 + street, `/1/${2 + street}/${orgId}/`, 'normal', null, stamp, stamp]);
    communityRows.push([c + 1, `第${c + 1}社区`, c % 3 === 0 ? 'urban' : 'rural', street + 1, orgId, null, stamp, stamp]);
    communityOrg.push(orgId);
  }
  await insertRows(db, 'organizations', ['id', 'name', 'kind', 'parentId', 'path', 'rating', 'closedAt', ...BASE], orgRows);
  await insertRows(db, 'streets', ['id', 'name', 'organizationId', 'closedAt', ...BASE], streetRows);
  await insertRows(db, 'communities', ['id', 'name', 'kind', 'streetId', 'organizationId', 'closedAt', ...BASE], communityRows);
  const orgPath = (c: number) => `/1/${2 + (c % streets)}/${communityOrg[c]}/`;

  // Users: an author per community (an admin would be appointed through the API), then residents.
  const residents = scaled(300_000, 100);
  const users = batcher(db, 'users', ['id', 'openid', 'nickname', ...BASE]);
  for (let u = 1; u <= communities + residents; u++) await users.add([u, `scale_${u}`, `居民${u}`, stamp, stamp]);
  await users.flush();
  const residentId = () => communities + 1 + rnd.int(residents);

  // The member roll: half of the members have a WeChat user.
  const members = scaled(40_000, 10);
  const roll = batcher(db, 'party_members', ['id', 'userId', 'name', 'phone', 'organizationId', 'joinedAt', 'birthYear', ...BASE]);
  for (let i = 1; i <= members; i++) {
    await roll.add([i, i % 2 === 0 ? communities + i : null, `党员${i}`, `139${String(i).padStart(8, '0')}`, communityOrg[i % communities], '2010-07-01', 1950 + rnd.int(55), stamp, stamp]);
  }
  await roll.flush();

  // Ten years of disclosures, published on each community's chain: finance and affairs monthly, party dues and transfers quarterly.
  const disclosures = batcher(db, 'disclosures', ['id', 'communityId', 'organizationId', 'category', 'subCategory', 'title', 'period', 'body', 'items', 'attachmentIds', 'status', 'publishedAt', 'revision', 'originalId', 'supersedesId', 'supersededById', 'revisionReason', 'contentHash', 'viewCount', 'authorId', 'publishedById', ...BASE]);
  const chain = batcher(db, 'disclosure_chain_entries', ['id', 'communityId', 'seq', 'disclosureId', 'contentHash', 'prevHash', 'hash', 'publishedAt', ...BASE]);
  const firstYear = now.getUTCFullYear() - YEARS;
  let disclosureId = 0;
  const publishedIds: { id: number; community: number }[] = [];
  for (let c = 0; c < communities; c++) {
    let prevHash = GENESIS_HASH;
    let seq = 0;
    for (let month = 0; month < YEARS * 12; month++) {
      const year = firstYear + Math.floor(month / 12);
      const period = `${year}-${String((month % 12) + 1).padStart(2, '0')}`;
      const publishedAt = new Date(Date.UTC(year, (month % 12) + 1, 5, 2, 0, 0) + c * 1000);
      if (publishedAt > now) break;
      const kinds: [Category, string, string][] = [['finance', 'income_expense', `${period} 财务收支`], ['affairs', 'decisions', `${period} 会议决定事项`]];
      const quarter = `${period.slice(0, 4)}年第${Math.floor((month % 12) / 3) + 1}季度`;
      if (month % 3 === 2) kinds.push(['party', 'dues', `${quarter} 党费收缴使用`], ['finance', 'transfers', `${quarter} 上级转移支付与补贴`]);
      for (const [category, subCategory, title] of kinds) {
        const id = ++disclosureId;
        const items = category === 'finance' ? [{ subject: '集体资产租赁收入', direction: 'income' as const, amountFen: 100_000 + rnd.int(9_000_000) }, { subject: '公益事业支出', direction: 'expense' as const, amountFen: 50_000 + rnd.int(5_000_000) }] : [];
        const body = `${title}：详见附表。`;
        const hash = publishedContentHash({ id, communityId: c + 1, category, subCategory, title, period, body, items, revision: 1, supersedesId: null, revisionReason: null, publishedAt }, []);
        seq++;
        const link = { communityId: c + 1, seq, disclosureId: id, contentHash: hash, prevHash, publishedAt: publishedAt.toISOString() };
        const linkHash = chainLinkHash(link);
        await disclosures.add([id, c + 1, communityOrg[c], category, subCategory, title, period, body, JSON.stringify(items), '[]', 'published', sqlTime(publishedAt), 1, null, null, null, null, hash, rnd.int(500), c + 1, c + 1, sqlTime(publishedAt), sqlTime(publishedAt)]);
        await chain.add([id, c + 1, seq, id, hash, prevHash, linkHash, sqlTime(publishedAt), sqlTime(publishedAt), sqlTime(publishedAt)]);
        prevHash = linkHash;
        publishedIds.push({ id, community: c });
      }
    }
  }
  await disclosures.flush();
  await chain.flush();

  // Questions about disclosures, and letters, mostly answered.
  const questions = scaled(50_000, 10);
  const q = batcher(db, 'disclosure_questions', ['id', 'disclosureId', 'communityId', 'organizationId', 'userId', 'content', 'status', 'reply', 'repliedAt', 'repliedById', ...BASE]);
  for (let i = 1; i <= questions; i++) {
    const d = publishedIds[rnd.int(publishedIds.length)];
    const asked = new Date(now.getTime() - rnd.int(YEARS * 365) * DAY);
    const answered = rnd.next() < 0.9;
    await q.add([i, d.id, d.community + 1, communityOrg[d.community], residentId(), '这笔支出的明细能公开吗？', 'visible', answered ? '明细已在附件中公开。' : null, answered ? sqlTime(new Date(asked.getTime() + 3 * DAY)) : null, answered ? d.community + 1 : null, sqlTime(asked), sqlTime(asked)]);
  }
  await q.flush();
  const letters = scaled(30_000, 10);
  const l = batcher(db, 'letters', ['id', 'communityId', 'organizationId', 'userId', 'category', 'title', 'content', 'photoIds', 'public', 'status', 'dueAt', 'reply', 'repliedAt', 'repliedById', 'replyNotice', 'satisfied', 'ratingComment', 'ratedAt', ...BASE]);
  for (let i = 1; i <= letters; i++) {
    const c = rnd.int(communities);
    const written = new Date(now.getTime() - rnd.int(YEARS * 365) * DAY);
    const answered = rnd.next() < 0.85;
    await l.add([i, c + 1, communityOrg[c], residentId(), ['letter', 'suggestion', 'snapshot'][i % 3], '小区路灯不亮', '东门附近的路灯已经坏了一周。', '[]', i % 4 !== 0 ? 1 : 0, 'submitted', sqlTime(new Date(written.getTime() + 10 * DAY)), answered ? '已联系物业维修。' : null, answered ? sqlTime(new Date(written.getTime() + 4 * DAY)) : null, answered ? c + 1 : null, answered ? 'sent' : 'none', null, null, null, sqlTime(written), sqlTime(written)]);
  }
  await l.flush();

  // Activities over the ten years, and a million sign-ups (each user once per activity).
  const activities = scaled(20_000, 10);
  const signupsPerActivity = Math.max(1, Math.round(scaled(1_000_000, 10) / activities));
  const a = batcher(db, 'activities', ['id', 'organizationId', 'organizationPath', 'kind', 'title', 'description', 'location', 'startAt', 'endAt', 'signupDeadline', 'capacity', 'audience', 'points', 'status', 'confirmedCount', 'createdBy', 'cancelReason', ...BASE]);
  const s = batcher(db, 'activity_signups', ['id', 'activityId', 'userId', 'status', 'checkedInAt', ...BASE]);
  const kinds = ['theme_party_day', 'volunteer', 'training', 'org_life_meeting', 'other'];
  let signupId = 0;
  for (let i = 1; i <= activities; i++) {
    const c = rnd.int(communities);
    // Spread over the ten years, the last 2 % still to come.
    const startAt = new Date(now.getTime() + Math.round((i / activities - 0.98) * YEARS * 365 * DAY));
    const past = startAt < now;
    await a.add([i, communityOrg[c], orgPath(c), kinds[i % kinds.length], `第${i}次志愿服务`, '社区志愿服务活动。', JSON.stringify({ name: `第${c + 1}社区党群服务中心` }), sqlTime(startAt), sqlTime(new Date(startAt.getTime() + 2 * 3600_000)), sqlTime(new Date(startAt.getTime() - DAY)), null, 'public', 2, 'published', signupsPerActivity, c + 1, null, sqlTime(new Date(startAt.getTime() - 7 * DAY)), sqlTime(new Date(startAt.getTime() - 7 * DAY))]);
    // Consecutive users from a random start: distinct within the activity, spread over the district.
    const first = rnd.int(Math.max(1, residents - signupsPerActivity));
    for (let k = 0; k < signupsPerActivity; k++) {
      await s.add([++signupId, i, communities + 1 + ((first + k) % residents), 'confirmed', past && k % 5 !== 0 ? sqlTime(startAt) : null, sqlTime(new Date(startAt.getTime() - 3 * DAY)), sqlTime(new Date(startAt.getTime() - 3 * DAY))]);
    }
  }
  await a.flush();
  await s.flush();

  // One alliance's campaigns: merchants' offers and 200,000 coupon claims.
  await insertRows(db, 'alliances', ['id', 'name', 'description', 'organizationId', ...BASE], [[1, '规模测试商圈党建红盟', '规模测试', 2, stamp, stamp]]);
  const merchants = scaled(500, 5);
  const review = (ok: boolean) => [ok ? 1 : null, ok ? stamp : null, null];
  await insertRows(db, 'merchants', ['id', 'allianceId', 'userId', 'activeUserId', 'name', 'category', 'address', 'contactPhone', 'status', 'reviewerId', 'reviewedAt', 'rejectReason', ...BASE],
    Array.from({ length: merchants }, (_, i) => [i + 1, 1, communities + 1 + i, communities + 1 + i, `商户${i + 1}`, '餐饮', '北曲商圈', `0532${String(i).padStart(8, '0')}`, 'approved', ...review(true), stamp, stamp]));
  const campaignCount = Math.min(10, merchants);
  await insertRows(db, 'campaigns', ['id', 'allianceId', 'title', 'description', 'posterFileId', 'enrollDeadline', 'startAt', 'endAt', 'createdById', ...BASE],
    Array.from({ length: campaignCount }, (_, i) => {
      const start = new Date(Date.UTC(now.getUTCFullYear() - i, 4, 1));
      return [i + 1, 1, `${now.getUTCFullYear() - i}五一欢乐购物汇`, '商圈联动优惠', null, sqlTime(new Date(start.getTime() - 7 * DAY)), sqlTime(start), sqlTime(new Date(start.getTime() + 5 * DAY)), 1, stamp, stamp];
    }));
  const entries = merchants * 4;
  const claims = scaled(200_000, 10);
  const perEntry = Math.max(1, Math.ceil(claims / entries));
  await insertRows(db, 'campaign_entries', ['id', 'campaignId', 'merchantId', 'offerTitle', 'offerDetail', 'quota', 'claimedCount', 'status', 'reviewerId', 'reviewedAt', 'rejectReason', ...BASE],
    Array.from({ length: entries }, (_, i) => [i + 1, (i % campaignCount) + 1, Math.floor(i / campaignCount) + 1, '满100减20', '五一期间到店使用', perEntry, perEntry, 'approved', ...review(true), stamp, stamp]));
  const cl = batcher(db, 'claims', ['id', 'entryId', 'userId', 'code', 'redeemedAt', 'redeemedById', ...BASE]);
  let claimId = 0;
  for (let e = 1; e <= entries && claimId < claims; e++) {
    const first = rnd.int(Math.max(1, residents - perEntry));
    for (let k = 0; k < perEntry && claimId < claims; k++) {
      await cl.add([++claimId, e, communities + 1 + ((first + k) % residents), crypto.randomBytes(12).toString('hex'), k % 3 === 0 ? stamp : null, k % 3 === 0 ? communities + 1 : null, stamp, stamp]);
    }
  }
  await cl.flush();

  return { streets, communities, members, residents, disclosures: disclosureId, activities, signups: signupId, claims: claimId, letters, questions };
}

async function run() {
  process.env.TZ = 'UTC';
  const factorArg = process.argv.indexOf('--factor');
  const factor = factorArg > 0 ? Number(process.argv[factorArg + 1]) : 1;
  if (!(factor > 0 && factor <= 1)) throw new Error('--factor must be in (0, 1]');
  const config = loadConfig();
  const db = await openDatabase(config.databaseUrl, schema);
  const started = Date.now();
  const counts = await seedScale(db, factor, new Date());
  await db.destroy();
  console.log(JSON.stringify({ ...counts, seconds: Math.round((Date.now() - started) / 1000) }));
}

if (require.main === module) {
  run().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
