import { readStored, removeStored, writeStored } from './storage';

/**
 * The page a logged-out user was on when an action asked them to log in: after the login they are
 * taken back there. Kept on the device, since the login page is reached by a reLaunch.
 */
const KEY = 'returnAfterLogin';

export const rememberReturnPage = (url: string): void => writeStored(KEY, url);

/** The remembered page, forgotten once taken. */
export function takeReturnPage(): string | undefined {
  const url = readStored<string>(KEY);
  if (url) removeStored(KEY);
  return url;
}
