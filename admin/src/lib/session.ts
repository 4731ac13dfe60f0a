/** The console's session: the bearer token in sessionStorage (one tab, gone when it closes). */
const KEY = 'spb-console-token';

export const session = {
  token: () => sessionStorage.getItem(KEY),
  set: (token: string) => sessionStorage.setItem(KEY, token),
  clear: () => sessionStorage.removeItem(KEY),
};
