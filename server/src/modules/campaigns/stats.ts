import ExcelJS from 'exceljs';
import { In, type EntityManager } from 'typeorm';
import { SHANGHAI_UTC_OFFSET_HOURS } from '../../core/time';
import { Forbidden, getOrThrow } from '../../errors';
import type { Actor } from '../../core/actor';
import { allows } from '../../core/policy';
import { Campaign, CampaignEntry, Claim, Merchant } from './entities';
import { campaignPolicy } from './policy';
import { byId } from './rows';

const rate = (redemptions: number, claims: number) => (claims === 0 ? 0 : Math.round((redemptions / claims) * 10000) / 10000);

/** A timestamp column as its calendar day in Asia/Shanghai (times are stored UTC), in each dialect's SQL. */
function shanghaiDay(db: EntityManager, column: string): string {
  return db.connection.options.type === 'better-sqlite3'
    ? `strftime('%Y-%m-%d', ${column}, '+${SHANGHAI_UTC_OFFSET_HOURS} hours')`
    : `DATE_FORMAT(DATE_ADD(${column}, INTERVAL ${SHANGHAI_UTC_OFFSET_HOURS} HOUR), '%Y-%m-%d')`;
}

/**
 * Claims and redemptions per entry and per day. An alliance admin sees every approved entry; a
 * merchant of the campaign sees only their own, since other merchants' figures are their business.
 */
export async function campaignStats(db: EntityManager, actor: Actor, campaignId: number) {
  const campaign = getOrThrow(await db.findOneBy(Campaign, { id: campaignId }), '活动');
  const entries = await visibleEntries(db, actor, campaign);
  const ids = entries.map((e) => e.id);
  const merchants = await byId(db, Merchant, entries.map((e) => e.merchantId));
  const perEntry = ids.length
    ? await db
        .createQueryBuilder(Claim, 'k')
        .select('k.entryId', 'entryId')
        .addSelect('COUNT(*)', 'claims')
        .addSelect('SUM(CASE WHEN k.redeemedAt IS NULL THEN 0 ELSE 1 END)', 'redemptions')
        .where({ entryId: In(ids) })
        .groupBy('k.entryId')
        .getRawMany()
    : [];
  const counts = new Map(perEntry.map((r) => [Number(r.entryId), { claims: Number(r.claims), redemptions: Number(r.redemptions) }]));
  const byEntry = entries.map((e) => {
    const c = counts.get(e.id) ?? { claims: 0, redemptions: 0 };
    return { entryId: e.id, merchantId: e.merchantId, merchantName: merchants.get(e.merchantId)?.name ?? '', offerTitle: e.offerTitle, quota: e.quota, ...c, redemptionRate: rate(c.redemptions, c.claims) };
  });
  const claims = byEntry.reduce((n, e) => n + e.claims, 0);
  const redemptions = byEntry.reduce((n, e) => n + e.redemptions, 0);
  return { campaignId, title: campaign.title, totals: { claims, redemptions, redemptionRate: rate(redemptions, claims) }, entries: byEntry, days: await perDay(db, ids) };
}

async function visibleEntries(db: EntityManager, actor: Actor, campaign: Campaign): Promise<CampaignEntry[]> {
  const approved = await db.find(CampaignEntry, { where: { campaignId: campaign.id, status: 'approved' }, order: { id: 'ASC' } });
  if (await allows(campaignPolicy.readAllStats, db, actor, campaign.allianceId)) return approved;
  const own = await db.findBy(Merchant, { userId: actor.id });
  const ownIds = new Set(own.map((m) => m.id));
  const mine = await db.countBy(CampaignEntry, { campaignId: campaign.id, merchantId: In([...ownIds, 0]) });
  if (!mine) throw new Forbidden('仅联盟管理员和参加活动的商户可以查看统计', 'NOT_CAMPAIGN_MERCHANT');
  return approved.filter((e) => ownIds.has(e.merchantId));
}

async function perDay(db: EntityManager, entryIds: number[]) {
  if (!entryIds.length) return [];
  const count = (column: string) =>
    db
      .createQueryBuilder(Claim, 'k')
      .select(shanghaiDay(db, `k.${column}`), 'day')
      .addSelect('COUNT(*)', 'n')
      .where({ entryId: In(entryIds) })
      .andWhere(`k.${column} IS NOT NULL`)
      .groupBy('day')
      .getRawMany<{ day: string; n: string | number }>();
  const [claimed, redeemed] = await Promise.all([count('createdAt'), count('redeemedAt')]);
  const days = new Map<string, { day: string; claims: number; redemptions: number }>();
  const at = (day: string) => days.get(day) ?? days.set(day, { day, claims: 0, redemptions: 0 }).get(day)!;
  for (const r of claimed) at(r.day).claims = Number(r.n);
  for (const r of redeemed) at(r.day).redemptions = Number(r.n);
  return [...days.values()].sort((a, b) => a.day.localeCompare(b.day)).map((d) => ({ ...d, redemptionRate: rate(d.redemptions, d.claims) }));
}

export type CampaignStats = Awaited<ReturnType<typeof campaignStats>>;

/** The same figures as an Excel workbook: one sheet per merchant offer, one per day. */
export async function statsWorkbook(stats: CampaignStats): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const entries = book.addWorksheet('按商户');
  entries.columns = [
    { header: '商户', key: 'merchantName', width: 24 },
    { header: '优惠', key: 'offerTitle', width: 30 },
    { header: '名额', key: 'quota', width: 8 },
    { header: '领取', key: 'claims', width: 8 },
    { header: '核销', key: 'redemptions', width: 8 },
    { header: '核销率', key: 'redemptionRate', width: 10, style: { numFmt: '0.0%' } },
  ];
  entries.addRows(stats.entries);
  entries.addRow({ merchantName: '合计', ...stats.totals });
  const days = book.addWorksheet('按日');
  days.columns = [
    { header: '日期', key: 'day', width: 14 },
    { header: '领取', key: 'claims', width: 8 },
    { header: '核销', key: 'redemptions', width: 8 },
    { header: '核销率', key: 'redemptionRate', width: 10, style: { numFmt: '0.0%' } },
  ];
  days.addRows(stats.days);
  return Buffer.from(await book.xlsx.writeBuffer());
}
