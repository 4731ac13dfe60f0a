/** The baseline of the benchmarks: node:http + a mysql2 pool, no framework, same queries (SCENARIO names the handler in scenarios.js). */
process.env.TZ = 'UTC';
const http = require('node:http');
const mysql = require('mysql2/promise');
const { rawHandlers } = require('./scenarios');

const url = new URL(process.env.DATABASE_URL);
const pool = mysql.createPool({
  host: url.hostname,
  port: Number(url.port || 3306),
  user: decodeURIComponent(url.username),
  password: decodeURIComponent(url.password),
  database: url.pathname.slice(1),
  connectionLimit: 20,
});
const handle = rawHandlers[process.env.SCENARIO];

const server = http.createServer(async (req, res) => {
  req.resume();
  try {
    const body = JSON.stringify(await handle(pool, new URL(req.url, 'http://x'), req));
    res.writeHead(req.method === 'POST' ? 201 : 200, { 'content-type': 'application/json; charset=utf-8' });
    res.end(body);
  } catch (err) {
    res.writeHead(500);
    res.end(String(err));
  }
});
server.listen(0, '127.0.0.1', () => console.log(`http://127.0.0.1:${server.address().port}`));
