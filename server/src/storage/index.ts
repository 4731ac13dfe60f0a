import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import type { Readable } from 'node:stream';
import { GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { Config, S3Location } from '../config';

/**
 * Where uploaded bytes live. Keys are content hashes, so a write is idempotent and bytes under a key
 * never change: local disk for the embedded default, an S3-compatible bucket (Tencent COS, MinIO, AWS)
 * when the service runs as several stateless processes.
 */
export interface FileStorage {
  put(key: string, bytes: Buffer, contentType: string): Promise<void>;
  /** The bytes under `key`, or undefined when nothing is stored there. */
  get(key: string): Promise<Readable | undefined>;
}

/** `<dir>/<first two hex digits>/<key>`, written to a temporary name and renamed: a reader never sees half a file. */
export function diskStorage(dir: string): FileStorage {
  const pathOf = (key: string) => path.resolve(dir, key.slice(0, 2), key);
  return {
    async put(key, bytes) {
      const target = pathOf(key);
      if (fs.existsSync(target)) return;
      await fs.promises.mkdir(path.dirname(target), { recursive: true });
      const tmp = `${target}.${crypto.randomBytes(6).toString('hex')}.tmp`;
      await fs.promises.writeFile(tmp, bytes);
      await fs.promises.rename(tmp, target);
    },
    async get(key) {
      const p = pathOf(key);
      return fs.existsSync(p) ? fs.createReadStream(p) : undefined;
    },
  };
}

export function s3Storage(location: S3Location): FileStorage {
  const client = new S3Client({
    endpoint: location.endpoint,
    // COS and MinIO ignore the region in the signature's scope, AWS needs it; the SDK wants one.
    region: location.region ?? process.env.AWS_REGION ?? 'us-east-1',
    forcePathStyle: location.forcePathStyle,
  });
  const Key = (key: string) => `${location.prefix}${key}`;
  return {
    async put(key, bytes, contentType) {
      await client.send(new PutObjectCommand({ Bucket: location.bucket, Key: Key(key), Body: bytes, ContentType: contentType }));
    },
    async get(key) {
      try {
        const { Body } = await client.send(new GetObjectCommand({ Bucket: location.bucket, Key: Key(key) }));
        return Body as Readable;
      } catch (err) {
        if (err instanceof NoSuchKey) return undefined;
        throw err;
      }
    },
  };
}

export const createStorage = (config: Config): FileStorage => (config.storage.kind === 's3' ? s3Storage(config.storage) : diskStorage(config.storage.dir));
