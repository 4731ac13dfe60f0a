import crypto, { type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import QRCode from 'qrcode';
import { LessThan, type EntityManager } from 'typeorm';
import type { Config } from '../../config';
import { formatShanghai, onCalendarDay, startOfDay } from '../../core/time';
import { Invalid } from '../../errors';
import { Community, getCommunity } from '../orgs';
import { canonicalJson, GENESIS_HASH } from './canonical';
import { chainHead } from './chain';
import { ChainEntry } from './entities';

const keys = new WeakMap<Config, KeyObject>();

/**
 * The service's Ed25519 key for chain heads: WITNESS_KEY, or in the embedded demo the key kept in
 * WITNESS_KEY_FILE, made on first use. Made by linking a finished temporary file into place, so two
 * processes starting together end with one key.
 */
export function witnessKey(config: Config): KeyObject {
  let key = keys.get(config);
  if (key) return key;
  let pem = config.witnessKey.pem;
  if (!pem) {
    const file = path.resolve(config.witnessKey.file);
    if (!fs.existsSync(file)) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
      fs.writeFileSync(tmp, crypto.generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
      try {
        fs.linkSync(tmp, file);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      } finally {
        fs.unlinkSync(tmp);
      }
    }
    pem = fs.readFileSync(file, 'utf8');
  }
  keys.set(config, (key = crypto.createPrivateKey(pem)));
  return key;
}

/** The public key witnesses check heads with: SPKI DER in base64, and the same as PEM. */
export function witnessPublicKey(config: Config) {
  const pub = crypto.createPublicKey(witnessKey(config));
  return { algorithm: 'Ed25519', publicKey: pub.export({ type: 'spki', format: 'der' }).toString('base64'), pem: pub.export({ type: 'spki', format: 'pem' }).toString() };
}

type Head = { seq: number; hash: string; publishedAt: string } | null;

/**
 * A community's chain head, signed: `signature` is Ed25519 over the UTF-8 of
 * canonical({communityId, seq, hash, publishedAt}), base64. Before the first publication: seq 0, the
 * genesis hash, publishedAt null.
 */
function signHead(config: Config, communityId: number, head: Head) {
  const signed = { communityId, seq: head?.seq ?? 0, hash: head?.hash ?? GENESIS_HASH, publishedAt: head?.publishedAt ?? null };
  return { ...signed, signature: crypto.sign(null, Buffer.from(canonicalJson(signed), 'utf8'), witnessKey(config)).toString('base64') };
}

export async function signedChainHead(db: EntityManager, config: Config, communityId: number) {
  await getCommunity(db, communityId);
  return signHead(config, communityId, await chainHead(db, communityId));
}

/**
 * The day's export for witnesses: every community's signed head as it stood at the end of `date`
 * (Asia/Shanghai; today: as it stands now). A witness fetches it each day and keeps it; a chain
 * rewritten later no longer holds a head it kept. Past days answer the same heads every time.
 */
export async function dailyHeads(db: EntityManager, config: Config, date: string, now: Date) {
  const start = onCalendarDay(date);
  if (start > now) throw new Invalid('日期不能晚于今天', [{ in: 'query', field: 'date', message: 'is in the future' }]);
  const end = startOfDay(start, 1);
  const asOf = end < now ? end : now;
  const communities = await db.find(Community, { select: { id: true }, order: { id: 'ASC' } });
  const entries = await db.find(ChainEntry, { where: { publishedAt: LessThan(asOf) }, order: { seq: 'ASC' } });
  const heads = new Map(entries.map((e) => [e.communityId, { seq: e.seq, hash: e.hash, publishedAt: e.publishedAt.toISOString() }]));
  return { date, asOf: asOf.toISOString(), publicKey: witnessPublicKey(config).publicKey, heads: communities.map((c) => signHead(config, c.id, heads.get(c.id) ?? null)) };
}

/** Hex in groups of four, so a person can read it aloud and compare it by eye: `3f2a 9c01 …`. */
const inGroups = (hex: string) => hex.match(/.{1,4}/g)!.join(' ');

/**
 * The 公开栏 poster: the community's signed head as of now, in words (grouped hex) and as a QR code
 * of canonical({communityId, seq, hash, publishedAt, signature}), with the public key's fingerprint
 * (SHA-256 of its SPKI DER) so a reader can check the key they hold is the one printed.
 */
export async function chainPoster(db: EntityManager, config: Config, communityId: number, now: Date) {
  const community = await getCommunity(db, communityId);
  const head = signHead(config, communityId, await chainHead(db, communityId));
  const { publicKey } = witnessPublicKey(config);
  const qrText = canonicalJson(head);
  return {
    communityId, communityName: community.name, streetName: community.streetName, date: formatShanghai(now, 'yyyy-MM-dd'), head,
    hashInGroups: inGroups(head.hash),
    publicKey, publicKeyFingerprint: inGroups(crypto.createHash('sha256').update(Buffer.from(publicKey, 'base64')).digest('hex')),
    qrText, qrDataUrl: await QRCode.toDataURL(qrText, { margin: 1, width: 480, errorCorrectionLevel: 'M' }),
  };
}
