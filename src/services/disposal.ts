/**
 * R13: moving a message over Graph, for "Slett e-postkopien" / "Ta bort
 * e-postkopian": `POST /users/{mailbox}/messages/{id}/move` with
 * `{ "destinationId": "deleteditems" }` (a well-known folder name), which
 * answers 201 with the moved message under a NEW id.
 *
 * A move is never repeated after a lost answer (the client never repeats a
 * POST): the caller reads again to learn whether it landed.
 */
import type { GraphClient } from './graph/client';
import { messagePath } from './graph/paths';
import type { ItemRef } from './item-state';

/** Graph's well-known name for Deleted Items. */
export const DELETED_ITEMS = 'deleteditems';

interface MovedMessage {
  readonly id?: string;
  readonly parentFolderId?: string;
}

/** Where a message is now: its folder's id (to put it back if it must not go). */
export async function folderOf(graph: GraphClient, ref: ItemRef): Promise<string> {
  const { value } = await graph.request<MovedMessage>(
    'GET',
    `${messagePath(ref)}?$select=parentFolderId`,
  );
  return value.parentFolderId ?? '';
}

/**
 * Move a message to `destinationId` (a folder id or well-known name); the
 * moved message's reference (a new REST id, same mailbox).
 */
export async function moveMessage(
  graph: GraphClient,
  ref: ItemRef,
  destinationId: string,
): Promise<ItemRef> {
  const { value } = await graph.request<MovedMessage>('POST', `${messagePath(ref)}/move`, {
    body: { destinationId },
  });
  return { mailbox: ref.mailbox, restId: typeof value.id === 'string' ? value.id : ref.restId };
}
