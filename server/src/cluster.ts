import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';

/** A worker that dies sooner than this after starting is crashing at start: wait before the next try. */
const CRASH_WINDOW_MS = 10_000;
const CRASH_BACKOFF_MS = 5_000;

/**
 * The supervising process of `WEB_CONCURRENCY` service processes sharing one port (node:cluster).
 * Workers start one after another, so the first migrates the database (and in dev mode loads demo
 * data) before the others open it. SIGHUP restarts them one at a time, each replacement listening
 * before the process it replaces stops taking connections: a rolling restart drops no request.
 * SIGTERM/SIGINT stop every worker gracefully.
 */
export async function superviseWorkers(count: number, log: Logger): Promise<void> {
  let stopping = false;
  let restarting = false;
  const startedAt = new Map<Worker, number>();

  const fork = () =>
    new Promise<Worker>((resolve, reject) => {
      const worker = cluster.fork();
      startedAt.set(worker, Date.now());
      const onExit = (code: number) => reject(new Error(`worker ${worker.process.pid} exited with ${code} before listening`));
      worker.once('exit', onExit);
      worker.once('listening', () => {
        worker.off('exit', onExit);
        resolve(worker);
      });
    });

  const stop = (worker: Worker) =>
    new Promise<void>((resolve) => {
      if (worker.isDead()) return resolve();
      worker.once('exit', () => resolve());
      worker.process.kill('SIGTERM'); // the worker's own graceful shutdown: finish what is in flight
    });

  cluster.on('exit', (worker, code, signal) => {
    const lived = Date.now() - (startedAt.get(worker) ?? 0);
    startedAt.delete(worker);
    if (stopping || restarting || worker.exitedAfterDisconnect || code === 0) return;
    log.error({ pid: worker.process.pid, code, signal }, 'service process died: starting another');
    setTimeout(() => void fork().catch((err: Error) => log.error({ err: err.message }, 'could not restart a service process')), lived < CRASH_WINDOW_MS ? CRASH_BACKOFF_MS : 0);
  });

  for (let i = 0; i < count; i++) await fork();
  log.info({ processes: count, pid: process.pid }, 'service processes listening');

  process.on('SIGHUP', () => {
    if (restarting || stopping) return;
    restarting = true;
    void (async () => {
      log.info('rolling restart');
      for (const old of Object.values(cluster.workers ?? {})) {
        if (!old) continue;
        await fork();
        await stop(old);
      }
      restarting = false;
      log.info('rolling restart done');
    })().catch((err: Error) => {
      restarting = false;
      log.error({ err: err.message }, 'rolling restart failed');
    });
  });
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping service processes');
    await Promise.all(Object.values(cluster.workers ?? {}).map((w) => (w ? stop(w) : undefined)));
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}
