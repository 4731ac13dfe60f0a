import { isAdmin } from '../../core/actor';
import type { Rule } from '../../core/policy';
import type { UploadKind } from './content-type';

/**
 * Admins attach images and PDFs to what they publish; any other signed-in user uploads photos only
 * (for their letters: images, smaller, counted per user). Reading follows what the file is attached to.
 */
export const filePolicy = {
  upload: (async (_db, actor) => (isAdmin(actor) ? 'attachment' : 'photo')) satisfies Rule<void, UploadKind>,
};
