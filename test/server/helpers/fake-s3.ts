import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeS3 {
  url: string;
  /** What the bucket holds: `bucket/key` → bytes and content type. */
  objects: Map<string, { bytes: Buffer; contentType: string | undefined }>;
  /** Requests refused for a missing or foreign signature. */
  refused: number;
  close(): Promise<void>;
}

const ACCESS_KEY = 'test-access-key';
export const FAKE_S3_CREDENTIALS = { AWS_ACCESS_KEY_ID: ACCESS_KEY, AWS_SECRET_ACCESS_KEY: 'test-secret-key' };

const xmlError = (res: http.ServerResponse, status: number, code: string) => {
  res.writeHead(status, { 'content-type': 'application/xml' });
  res.end(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>${code}</Code><Message>${code}</Message></Error>`);
};

/**
 * An S3-compatible object store over HTTP, path-style (`/bucket/key`), for PutObject and GetObject:
 * what the service needs from Tencent COS or MinIO. It checks that each request is signed (SigV4)
 * with the configured key and that a PUT's body matches its signed hash, so a client that sent no
 * credentials or a corrupted body fails here as it would there.
 */
export async function startFakeS3(): Promise<FakeS3> {
  const objects = new Map<string, { bytes: Buffer; contentType: string | undefined }>();
  const state = { refused: 0 };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const key = decodeURIComponent(new URL(req.url!, 'http://s3').pathname.slice(1));
      if (!String(req.headers.authorization ?? '').startsWith(`AWS4-HMAC-SHA256 Credential=${ACCESS_KEY}/`)) {
        state.refused++;
        return xmlError(res, 403, 'AccessDenied');
      }
      if (req.method === 'PUT') {
        const bytes = Buffer.concat(chunks);
        const signed = req.headers['x-amz-content-sha256'];
        if (signed !== 'UNSIGNED-PAYLOAD' && signed !== crypto.createHash('sha256').update(bytes).digest('hex')) return xmlError(res, 400, 'XAmzContentSHA256Mismatch');
        objects.set(key, { bytes, contentType: req.headers['content-type'] });
        res.writeHead(200, { etag: `"${crypto.createHash('md5').update(bytes).digest('hex')}"` });
        return res.end();
      }
      if (req.method === 'GET') {
        const object = objects.get(key);
        if (!object) return xmlError(res, 404, 'NoSuchKey');
        res.writeHead(200, { 'content-type': object.contentType ?? 'application/octet-stream', 'content-length': object.bytes.length });
        return res.end(object.bytes);
      }
      xmlError(res, 405, 'MethodNotAllowed');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    objects,
    get refused() {
      return state.refused;
    },
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
