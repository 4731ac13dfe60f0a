import type { ReviewResult } from './entities';

export const REVIEW_LABELS: Record<ReviewResult, string> = { excellent: '优秀', qualified: '合格', basic: '基本合格', unqualified: '不合格' };

/** Points bands, highest first: the stars the year's points alone would earn. */
const BANDS = [{ min: 80, stars: 5 }, { min: 60, stars: 4 }, { min: 40, stars: 3 }, { min: 20, stars: 2 }];
/** The most stars a review result allows; without a review, three. */
const CAPS: Record<ReviewResult | 'none', number> = { excellent: 5, qualified: 4, basic: 2, unqualified: 1, none: 3 };

/** The rule in words, shown with every result. */
export const STAR_RULE =
  '按年度积分定星：80 分及以上五星，60 分及以上四星，40 分及以上三星，20 分及以上二星，其余一星；' +
  '再以民主评议结果封顶：优秀不封顶，合格最高四星，基本合格最高二星，不合格一星，未评议最高三星。';

/** Stars 1–5 from a year's points and its review, with why; a pure function, so a rerun gives the same. */
export function rateMember(points: number, review: ReviewResult | null): { stars: number; reason: string } {
  const band = BANDS.find((b) => points >= b.min);
  const byPoints = band?.stars ?? 1;
  const cap = CAPS[review ?? 'none'];
  const stars = Math.min(byPoints, cap);
  const pointsPart = band ? `积分 ${points} 分（${band.min} 分及以上为${byPoints}星）` : `积分 ${points} 分（不足 20 分为一星）`;
  const reviewPart = review ? `民主评议「${REVIEW_LABELS[review]}」（${cap === 5 ? '不封顶' : `最高${cap}星`}）` : `未评议（最高${cap}星）`;
  return { stars, reason: `${pointsPart}；${reviewPart}：评为${stars}星` };
}
