import type { Deps } from '../deps';
import { modules } from '../modules/registry';

/**
 * Runs every module's jobs on an interval in this process. Several processes may run them at once:
 * each job claims its rows with a conditional UPDATE, so a row is handled by exactly one of them.
 */
export function startJobs(deps: Deps): () => void {
  const jobs = modules.flatMap((m) => m.jobs ?? []);
  if (!jobs.length || deps.config.jobsIntervalMs === 0) return () => {};
  let running = false;
  const timer = setInterval(async () => {
    if (running) return;
    running = true;
    for (const job of jobs) {
      try {
        await job.run(deps, deps.clock.now());
      } catch (err) {
        deps.log.error({ err, job: job.name }, 'job failed');
      }
    }
    running = false;
  }, deps.config.jobsIntervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
