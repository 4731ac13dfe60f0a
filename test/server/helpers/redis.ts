import net from 'node:net';

/**
 * The Redis the suite may use: REDIS_URL, else redis://127.0.0.1:6379 when something answers PING
 * there (CI starts one); undefined when none does, and the Redis tests skip.
 */
export async function reachableRedis(): Promise<string | undefined> {
  const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  const { hostname, port } = new URL(url);
  const ok = await new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379), timeout: 1000 });
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (d) => (socket.destroy(), resolve(d.toString().startsWith('+PONG'))));
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => (socket.destroy(), resolve(false)));
  });
  return ok ? url : undefined;
}
