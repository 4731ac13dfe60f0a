import type { Deps } from '../../deps';
import { User } from '../auth';
import { Organization } from '../orgs';
import { Course } from './entities';

/** The spring training course (春季轮训) of the district, and a 流动党校 course of 城阳村社区; idempotent by title. */
export async function seedLearning(deps: Deps): Promise<void> {
  const db = deps.db.manager;
  if (await db.countBy(Course, { title: '春季轮训：学习党章 增强党性' })) return;
  const district = await db.findOneByOrFail(Organization, { kind: 'district_committee' });
  const community = await db.findOneByOrFail(Organization, { name: '城阳村社区党委' });
  const admin = await db.findOneByOrFail(User, { openid: 'o_demo_admin' });
  const now = deps.clock.now();
  await db.insert(Course, [
    {
      organizationId: district.id, title: '春季轮训：学习党章 增强党性', points: 2, createdById: admin.id, createdAt: now, imageIds: [], attachmentIds: [],
      videoUrls: ['https://www.12371.cn/special/dzxx/'],
      body: '春季轮训面向全区党员，以学习党章党规为主要内容。\n\n一、学习党章总纲和党员的义务与权利；\n二、了解党的组织制度和纪律；\n三、结合本职工作谈体会。\n\n学完后请点击“我已学习”，50周岁以下党员参加上机考试。',
    },
    {
      organizationId: community.id, title: '流动党校第一课：社区党组织怎样联系服务群众', points: 1, createdById: admin.id, createdAt: new Date(now.getTime() - 86400_000), imageIds: [], attachmentIds: [], videoUrls: [],
      body: '流动党校走进社区，围绕“三会一课”、党员联系户和为民服务办实事开展教育培训，并组织参观党史纪念馆、廉政教育基地等现场教学。',
    },
  ]);
}
