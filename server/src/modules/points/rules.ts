/** What a rule pays for: attendance, service, study, promises kept, awards; deductions take points away. */
export const RULE_CATEGORIES = ['attendance', 'volunteer', 'study', 'commitment', 'award', 'deduction'] as const;
export type RuleCategory = (typeof RULE_CATEGORIES)[number];

export interface RuleDefault {
  code: string;
  category: RuleCategory;
  label: string;
  /** Paid per entry; negative for a deduction. Attendance pays the activity's own points, this is their usual value. */
  points: number;
  /** Most points (in absolute value) one member earns, or loses, under the rule in a year; null: no cap. */
  yearlyCap: number | null;
}

/** The rule a check-in of an activity of this kind is paid under. */
export const attendanceRule = (activityKind: string) => `attend_${activityKind}`;

/**
 * The rules as they stand until a district admin edits a year's version (信息化管理考核积分细则).
 * The set of codes is fixed here; points, caps and labels are what a year's version changes.
 */
export const DEFAULT_RULES: RuleDefault[] = [
  { code: attendanceRule('org_life_meeting'), category: 'attendance', label: '参加组织生活会', points: 5, yearlyCap: 60 },
  { code: attendanceRule('theme_party_day'), category: 'attendance', label: '参加主题党日', points: 5, yearlyCap: 60 },
  { code: attendanceRule('volunteer'), category: 'attendance', label: '参加志愿服务活动', points: 3, yearlyCap: 60 },
  { code: attendanceRule('training'), category: 'attendance', label: '参加培训 / 流动党校', points: 4, yearlyCap: 40 },
  { code: attendanceRule('decision_meeting'), category: 'attendance', label: '参加民主集中决策会议', points: 3, yearlyCap: 30 },
  { code: attendanceRule('other'), category: 'attendance', label: '参加其他活动', points: 2, yearlyCap: 20 },
  { code: 'volunteer_hours', category: 'volunteer', label: '志愿服务时长（每满 4 小时）', points: 2, yearlyCap: 40 },
  { code: 'study', category: 'study', label: '完成学习教育任务', points: 2, yearlyCap: 30 },
  { code: 'commitment_kept', category: 'commitment', label: '阳光承诺践诺', points: 5, yearlyCap: 10 },
  { code: 'award', category: 'award', label: '获得表彰奖励', points: 10, yearlyCap: 30 },
  { code: 'missed_org_life', category: 'deduction', label: '无故缺席组织生活', points: -5, yearlyCap: 20 },
];

export const RULE_CODES = DEFAULT_RULES.map((r) => r.code) as [string, ...string[]];
