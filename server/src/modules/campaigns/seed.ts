import type { EntityManager } from 'typeorm';
import type { Deps } from '../../deps';
import { shanghaiTime, startOfDay } from '../../core/time';
import { inTransaction } from '../../db/transaction';
import { grantRole, User } from '../auth';
import { Organization } from '../orgs';
import { newClaimCode } from './claims';
import { Alliance, Campaign, CampaignEntry, Claim, Merchant } from './entities';

const DAY = 86400000;

/** The merchants of the 2020 article, with offers in the spirit of its 五一欢乐购物汇 (the offers are invented). */
const MERCHANTS = [
  { name: '吕家庄夜市', category: '夜市小吃', offer: '夜市美食满50减10', detail: '夜市内参与摊位通用，每桌限用一张' },
  { name: '城阳利群', category: '商超', offer: '购物满200减30', detail: '生鲜、日用品通用，烟酒及特价商品除外' },
  { name: '家佳源', category: '百货', offer: '服饰满300减50', detail: '二至四层服饰专柜通用' },
  { name: '城阳红星美凯龙', category: '家居', offer: '家居满5000减500', detail: '参与品牌见商场公告' },
  { name: '城阳万象汇', category: '购物中心', offer: '餐饮代金券50元', detail: '满150元可用，B1美食街通用' },
  { name: '青特万达广场', category: '购物中心', offer: '影城观影券8折', detail: '周一至周四场次可用' },
  { name: '青岛中升丰田', category: '汽车', offer: '保养工时费8折', detail: '到店预约后使用' },
  { name: '青岛元皇英菲尼迪', category: '汽车', offer: '试驾赠礼及保养9折', detail: '到店试驾即赠精美礼品' },
  { name: '德泰大酒店', category: '酒店餐饮', offer: '五一家宴满1000减150', detail: '包间需提前预订' },
];

/** The other alliances of the articles, each led by an organisation of the demo district, with a few merchants. */
const MORE_ALLIANCES = [
  { name: '吕家庄夜市党建红盟', org: '城阳街道非公党委', description: '城阳街道非公党委牵头，夜市摊主亮身份、守诚信，共建文明夜市。', merchants: [['吕家庄烧烤广场', '夜市小吃'], ['吕家庄海鲜排档', '夜市小吃']] },
  { name: '广场舞党建红盟', org: '西城汇社区联合党委', description: '西城汇社区联合党委牵头，广场舞队伍里的党员带头，文明健身、服务邻里。', merchants: [['西城汇舞蹈用品店', '生活服务']] },
  { name: '轨道交通企业党建红盟', org: '流亭街道非公党委', description: '流亭街道非公党委牵头，沿线轨道交通企业党组织联建共建、服务乘客。', merchants: [['地铁城阳站便民服务点', '生活服务'], ['流亭枢纽商业街', '购物中心']] },
] as const;

/**
 * The 北曲 alliance and its merchants (the demo merchant runs 城阳万象汇), the 2020 May Day campaign
 * as a past one, and a 五一欢乐购物汇 running now, with claims and redemptions on both.
 */
export async function seedCampaigns(deps: Deps): Promise<void> {
  const org = await deps.db.manager.findOneBy(Organization, { name: '北曲商圈综合党委' });
  if (!org || (await deps.db.manager.countBy(Alliance, { organizationId: org.id }))) return;
  await inTransaction(deps.db, async (db) => {
    const alliance = await db.save(db.create(Alliance, { name: '北曲商圈党建红盟', description: '北曲商圈综合党委牵头，商圈商户抱团发展、共促消费。', organizationId: org.id }));
    const owner = await db.findOneByOrFail(User, { openid: 'o_demo_merchant' });
    const admin = await db.findOneByOrFail(User, { openid: 'o_demo_admin' });
    const merchants: Merchant[] = [];
    for (const [i, m] of MERCHANTS.entries()) {
      const userId = m.name === '城阳万象汇' ? owner.id : null;
      merchants.push(await db.save(db.create(Merchant, {
        allianceId: alliance.id, userId, activeUserId: userId, name: m.name, category: m.category,
        address: `青岛市城阳区北曲商圈·${m.name}`, contactPhone: `0532-8${String(1000000 + i)}`, status: 'approved', review: { reviewerId: admin.id, reviewedAt: shanghaiTime(2020, 4, 20, 10), rejectReason: null },
      })));
    }
    await grantRole(db, owner.id, 'merchant');
    const applicant = await demoUser(db, 'o_demo_merchant_applicant', '商户申请人');
    await db.insert(Merchant, { allianceId: alliance.id, userId: applicant.id, activeUserId: applicant.id, name: '北曲便民超市', category: '商超', address: '青岛市城阳区北曲商圈', contactPhone: '13900000003', status: 'pending' });

    const residents = [];
    for (let i = 1; i <= 12; i++) residents.push(await demoUser(db, `o_demo_shopper_${i}`, `居民${i}`));
    const member = await db.findOneByOrFail(User, { openid: 'o_demo_member' });

    const past = await createDemoCampaign(db, alliance.id, admin.id, '五一欢乐购物汇（2020）', shanghaiTime(2020, 5, 1), 5);
    await addEntries(db, past, merchants, { quota: 100, shoppers: [...residents, member], redeemEvery: 2 });
    // Starts two days before the seed runs (on the service's clock), so the demo always has a campaign that is running.
    const current = await createDemoCampaign(db, alliance.id, admin.id, '五一欢乐购物汇', startOfDay(deps.clock.now(), -2), 30);
    await addEntries(db, current, merchants.slice(0, -1), { quota: 200, shoppers: residents, redeemEvery: 3 });
    await db.insert(CampaignEntry, { campaignId: current.id, merchantId: merchants.at(-1)!.id, offerTitle: MERCHANTS.at(-1)!.offer, offerDetail: MERCHANTS.at(-1)!.detail, quota: 50, claimedCount: 0, status: 'pending' });

    for (const a of MORE_ALLIANCES) {
      const lead = await db.findOneByOrFail(Organization, { name: a.org });
      const more = await db.save(db.create(Alliance, { name: a.name, description: a.description, organizationId: lead.id }));
      for (const [i, [name, category]] of a.merchants.entries()) {
        await db.insert(Merchant, {
          allianceId: more.id, userId: null, activeUserId: null, name, category, address: `青岛市城阳区·${name}`, contactPhone: `0532-8${String(2000000 + more.id * 10 + i)}`,
          status: 'approved', review: { reviewerId: admin.id, reviewedAt: shanghaiTime(2020, 4, 20, 10), rejectReason: null },
        });
      }
    }
  });
}

async function demoUser(db: EntityManager, openid: string, nickname: string) {
  await db.createQueryBuilder().insert().into(User).values({ openid, nickname }).orIgnore().updateEntity(false).execute();
  return db.findOneByOrFail(User, { openid });
}

function createDemoCampaign(db: EntityManager, allianceId: number, adminId: number, title: string, startAt: Date, days: number) {
  return db.save(db.create(Campaign, {
    allianceId, title, createdById: adminId, posterFileId: null, startAt,
    description: '北曲商圈综合党委牵头，商圈商户联手推出优惠活动。领取优惠券后到店出示二维码即可使用。',
    enrollDeadline: new Date(startAt.getTime() + (days - 1) * DAY),
    // The last second of the last day, so the end shows as that day (May 1–5), not the next midnight.
    endAt: new Date(startAt.getTime() + days * DAY - 1000),
  }));
}

/** Approved entries for the merchants; the shoppers claim on the campaign's first days, and every n-th claim is redeemed. */
async function addEntries(db: EntityManager, campaign: Campaign, merchants: Merchant[], o: { quota: number; shoppers: User[]; redeemEvery: number }) {
  let n = 0;
  for (const [i, merchant] of merchants.entries()) {
    const offer = MERCHANTS.find((m) => m.name === merchant.name)!;
    const claimants = o.shoppers.filter((_, j) => (i + j) % 3 !== 0);
    const entry = await db.save(db.create(CampaignEntry, {
      campaignId: campaign.id, merchantId: merchant.id, offerTitle: offer.offer, offerDetail: offer.detail,
      quota: o.quota, claimedCount: claimants.length, status: 'approved', review: { reviewerId: campaign.createdById, reviewedAt: campaign.startAt, rejectReason: null },
    }));
    await db.insert(Claim, claimants.map((u, j) => {
      const createdAt = new Date(campaign.startAt.getTime() + ((n + j) % 2) * DAY + 3600000 * (2 + j));
      const redeemed = (n + j) % o.redeemEvery === 0;
      return { entryId: entry.id, userId: u.id, code: newClaimCode(), createdAt, redeemedAt: redeemed ? new Date(createdAt.getTime() + 3 * 3600000) : null, redeemedById: redeemed ? merchant.userId : null };
    }));
    n += claimants.length;
  }
}
