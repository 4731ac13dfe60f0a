import vectors from '../../docs/vectors.json';
import { canonicalJson, contentHash, linkHash, sha256Hex, type ChainLink, type HashedContent } from '../../server/src/modules/disclosures/canonical';
import { canonical, sha256 } from './helpers/disclosures';

/** docs/vectors.json: what another implementation tests itself against; the service and the docs' own recipe must match it. */
describe('conformance vectors (docs/vectors.json)', () => {
  it.each(vectors.canonical.map((v) => [v.name, v] as const))('canonical: %s', (_name, v) => {
    expect(canonicalJson(v.value)).toBe(v.canonical);
    expect(canonical(v.value)).toBe(v.canonical);
    expect(sha256Hex(v.canonical)).toBe(v.sha256);
    expect(sha256(v.canonical)).toBe(v.sha256);
  });

  it.each(vectors.contentHash.map((v) => [v.name, v] as const))('contentHash: %s', (_name, v) => {
    expect(canonicalJson(v.content)).toBe(v.canonical);
    expect(contentHash(v.content as HashedContent)).toBe(v.contentHash);
  });

  it.each(vectors.chain.map((v) => [v.name, v] as const))('link: %s', (_name, v) => {
    expect(canonicalJson(v.link)).toBe(v.canonical);
    expect(linkHash(v.link as ChainLink)).toBe(v.hash);
  });

  it('a link with communityId as a string is not the link', () => {
    const [good, bad] = vectors.chain;
    expect(bad.hash).not.toBe(good.hash);
  });
});
