import type { Deps } from '../../deps';
import { getOrThrow } from '../../errors';
import { inTransaction } from '../../db/transaction';
import type { Actor } from '../../core/actor';
import { recordAudit } from '../audit';
import { communityRef } from './communities';
import { Partnership, PartnershipListItem, type ListKind } from './entities';
import { assertInPair } from './pairs';
import { partnershipPolicy } from './policy';
import { presentListItem } from './present';

/** Each side keeps its own lists: only an admin of that community adds to or removes from them. */
export async function addListItem(deps: Deps, actor: Actor, partnershipId: number, input: { communityId: number; kind: ListKind; content: string }) {
  return inTransaction(deps.db, async (m) => {
    const pair = getOrThrow(await m.findOneBy(Partnership, { id: partnershipId }), '联建共建对子');
    assertInPair(pair, input.communityId);
    const path = await partnershipPolicy.editList(m, actor, await communityRef(m, input.communityId));
    const item = await m.save(m.create(PartnershipListItem, { partnershipId, ...input }));
    await recordAudit(m, actor, { action: 'partnership_list_item.create', entityType: 'partnership_list_item', entityId: item.id, organizationPath: path, after: presentListItem(item) });
    return presentListItem(item);
  });
}

export async function removeListItem(deps: Deps, actor: Actor, id: number) {
  await inTransaction(deps.db, async (m) => {
    const item = getOrThrow(await m.findOneBy(PartnershipListItem, { id }), '清单条目');
    const path = await partnershipPolicy.editList(m, actor, await communityRef(m, item.communityId));
    await m.delete(PartnershipListItem, { id });
    await recordAudit(m, actor, { action: 'partnership_list_item.delete', entityType: 'partnership_list_item', entityId: id, organizationPath: path, before: presentListItem(item) });
  });
}
