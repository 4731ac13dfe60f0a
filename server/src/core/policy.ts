import type { EntityManager } from 'typeorm';
import { Forbidden } from '../errors';
import { isAdmin, type Actor } from './actor';

/**
 * One authorization rule: resolves when the actor may do the action to the resource, rejects with the
 * refusal (a 403 and its code) when not. A rule about an organisation answers its path, for the
 * audit record. Each module's `policy.ts` is a table of its actions → rules, and a service names the
 * action it performs: `await disclosurePolicy.publish(db, actor, draft)`.
 */
export type Rule<R = void, Out = void> = (db: EntityManager, actor: Actor | undefined, resource: R) => Promise<Out>;

/** Any admin (of the district or of some organisation): for lists, which `withinScope` then narrows. */
export const anyAdmin =
  (message?: string): Rule =>
  async (_db, actor) => {
    if (!isAdmin(actor)) throw new Forbidden(message);
  };

/** Whether the rule lets the actor through, for what is hidden rather than refused (a draft reads as missing). */
export async function allows<R>(rule: Rule<R, unknown>, db: EntityManager, actor: Actor | undefined, resource: R): Promise<boolean> {
  try {
    await rule(db, actor, resource);
    return true;
  } catch (err) {
    if (err instanceof Forbidden) return false;
    throw err;
  }
}
