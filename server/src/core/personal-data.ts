/**
 * Finds personal data that must not be published: an 18-character resident ID number (GB 11643,
 * checked by its check character, so an invoice number of 18 digits rarely matches) and an 11-digit
 * mainland mobile number. Digits around the match must not be digits: a longer number is not one.
 */
const ID_NUMBER = /(?<![0-9])[1-9][0-9]{5}(?:18|19|20)[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3}[0-9Xx](?![0-9Xx])/g;
const MOBILE = /(?<![0-9])1[3-9][0-9]{9}(?![0-9])/g;
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

export function isIdNumber(s: string): boolean {
  if (!/^[0-9]{17}[0-9Xx]$/.test(s)) return false;
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(s[i]), 0);
  return CHECK[sum % 11] === s[17].toUpperCase();
}

export type PersonalDataKind = 'id_number' | 'mobile';

/** What kinds of personal data `text` holds (each once). */
export function personalDataIn(text: string): PersonalDataKind[] {
  const kinds: PersonalDataKind[] = [];
  if ([...text.matchAll(ID_NUMBER)].some((m) => isIdNumber(m[0]))) kinds.push('id_number');
  if (MOBILE.test(text)) kinds.push('mobile');
  MOBILE.lastIndex = 0;
  return kinds;
}

/** `fields`: where → text. Answers each place that holds personal data, for a 422 naming where. */
export function findPersonalData(fields: [where: string, text: string][]): { field: string; kind: PersonalDataKind }[] {
  return fields.flatMap(([field, text]) => personalDataIn(text).map((kind) => ({ field, kind })));
}
