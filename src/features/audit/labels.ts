/**
 * The actions the server records (`action:` in server/src/modules/*), in the words an admin uses.
 * An action missing here shows as recorded, so a new one is never hidden.
 */
export const ACTION_LABELS: Record<string, string> = {
  'member_binding.approve': '通过党员认证',
  'member_binding.reject': '驳回党员认证',
  'disclosure.create': '新建三务公开',
  'disclosure.update': '修改三务公开',
  'disclosure.delete': '删除三务公开',
  'disclosure.publish': '发布三务公开',
  'disclosure.revise': '发布三务公开更正',
  'disclosure_question.reply': '回复群众提问',
  'activity.create': '发布活动',
  'activity.update': '修改活动',
  'activity.cancel': '取消活动',
  'alliance.create': '新建商圈联盟',
  'campaign.create': '发布商圈活动',
  'merchant.approve': '通过商户入驻',
  'merchant.reject': '驳回商户入驻',
  'campaign_entry.approve': '通过商圈活动报名',
  'campaign_entry.reject': '驳回商圈活动报名',
  'partnership.create': '新建联建对子',
  'partnership_list_item.create': '添加联建清单',
  'partnership_list_item.delete': '删除联建清单',
  'partnership_project.create': '新建联建项目',
  'partnership_project.status': '推进联建项目',
  'partnership_project.progress': '记录项目进展',
};

export const actionLabel = (action: string): string => ACTION_LABELS[action] ?? action;

/** The filters of the log page: `''` is everything. */
export const ENTITY_TYPE_TABS = [
  { value: '', label: '全部' },
  { value: 'member_binding', label: '党员认证' },
  { value: 'disclosure', label: '三务公开' },
  { value: 'activity', label: '活动' },
  { value: 'merchant', label: '商户' },
  { value: 'campaign_entry', label: '商圈报名' },
  { value: 'partnership', label: '联建对子' },
  { value: 'partnership_project', label: '联建项目' },
];

/** What the record was, in a few words: its title or name when it has one. */
export function entitySummary(before: Record<string, unknown> | null, after: Record<string, unknown> | null): string | null {
  for (const record of [after, before]) {
    for (const key of ['title', 'name', 'agreementTitle', 'offerTitle', 'content']) {
      const value = record?.[key];
      if (typeof value === 'string' && value) return value;
    }
  }
  return null;
}
