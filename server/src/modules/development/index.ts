import type { AppModule } from '../module';
import { ActivistRecommendation, Applicant, ApplicantPoint, ApplicantStep, DisqualifyingCondition } from './entities';
import { Development1765000018000 } from './migrations/1765000018000-development';
import { developmentRoutes } from './routes';
import { seedDevelopment } from './seed';

/** 发展党员: applicants through the stages under the duration rules, activists' dynamic points, disqualification, 差额推荐 rounds. */
export const developmentModule: AppModule = {
  name: 'development',
  entities: [Applicant, ApplicantStep, ApplicantPoint, DisqualifyingCondition, ActivistRecommendation],
  migrations: [Development1765000018000],
  routes: developmentRoutes,
  seed: seedDevelopment,
};
