import type { AppModule } from '../module';
import { Letter, LetterEvent } from './entities';
import { Letters1764000005000 } from './migrations/1764000005000-letters';
import { sendReplyNotices } from './notices';
import { letterRoutes } from './routes';

/** What other modules may use (they import this file, never the module's other files). */
export { Letter } from './entities';
export { isOverdue } from './present';
export { LETTERS_PAGE, thing } from './notices';
export { maskPersonalData } from './mask';

export const lettersModule: AppModule = {
  name: 'letters',
  entities: [Letter, LetterEvent],
  migrations: [Letters1764000005000],
  routes: letterRoutes,
  jobs: [{ name: 'letters.reply-notices', run: (deps) => sendReplyNotices(deps) }],
};
