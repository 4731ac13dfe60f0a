/**
 * Personal data in what a public letter shows (DESIGN.md: phone and ID numbers masked everywhere):
 * 18-character ID numbers, 11-digit mobile numbers, and a name the writer gives after 我叫 / 本人.
 * The writer and the admins read the letter as written.
 */
const ID_NUMBER = /(?<![0-9A-Za-z])(\d{6})\d{8}(\d{3}[\dXx])(?![0-9A-Za-z])/g;
const MOBILE = /(?<!\d)(1[3-9]\d)\d{4}(\d{4})(?!\d)/g;
const NAME = /(我叫|本人(?:叫|是|名叫)?)([\u4e00-\u9fa5])([\u4e00-\u9fa5]{1,2})/g;

export function maskPersonalData(text: string): string {
  return text
    .replace(ID_NUMBER, (_, head: string, tail: string) => `${head}********${tail}`)
    .replace(MOBILE, (_, head: string, tail: string) => `${head}****${tail}`)
    .replace(NAME, (_, lead: string, first: string, rest: string) => `${lead}${first}${'*'.repeat(rest.length)}`);
}
