/**
 * The file types we accept, recognised by their first bytes. A name or a claimed MIME type is
 * whatever the client says; the bytes are what a reader's viewer will actually parse.
 */
const SIGNATURES: { contentType: string; matches: (b: Buffer) => boolean }[] = [
  { contentType: 'image/jpeg', matches: (b) => b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff },
  { contentType: 'image/png', matches: (b) => b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) },
  { contentType: 'image/gif', matches: (b) => ['GIF87a', 'GIF89a'].includes(b.subarray(0, 6).toString('latin1')) },
  { contentType: 'image/webp', matches: (b) => b.subarray(0, 4).toString('latin1') === 'RIFF' && b.subarray(8, 12).toString('latin1') === 'WEBP' },
  { contentType: 'application/pdf', matches: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-' },
];

/** What a stored file may be, so what `GET /files/:id` answers. */
export const CONTENT_TYPES = SIGNATURES.map((s) => s.contentType);

export function sniffContentType(bytes: Buffer): string | undefined {
  return SIGNATURES.find((s) => s.matches(bytes))?.contentType;
}

export const isImage = (contentType: string) => contentType.startsWith('image/');

/** An admin's attachment (an image or a PDF, to what they publish) or a resident's photo (an image, for their letter). */
export type UploadKind = 'attachment' | 'photo';
/** A resident's photo: at most this many bytes (a phone's photo, compressed by the app before it is sent). */
export const PHOTO_LIMIT_BYTES = 5 * 1024 * 1024;
