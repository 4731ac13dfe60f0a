import type { AppModule } from '../module';
import { finishExpiredAttempts } from './attempts';
import { Exam, ExamAnswer, ExamAttempt, ExamResit, Question } from './entities';
import { Exams1764000006100 } from './migrations/1764000006100-exams';
import { examRoutes } from './routes';
import { seedExams } from './seed';

/** 题库 / 考试 / 答卷: the question bank, exams drawn from it and members' attempts, scored on the server. */
export const examsModule: AppModule = {
  name: 'exams',
  entities: [Question, Exam, ExamAttempt, ExamAnswer, ExamResit],
  migrations: [Exams1764000006100],
  routes: examRoutes,
  seed: seedExams,
  jobs: [{ name: 'exams.finish-expired', run: (deps) => finishExpiredAttempts(deps) }],
};
