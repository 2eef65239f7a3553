/**
 * `POST /users/{id}/messages/{id}/move` with `{ "destinationId": … }`, as
 * Graph v1.0 documents it: the destination is a folder id or a well-known
 * folder name (`deleteditems`, `inbox`, `archive`, …); the answer is 201
 * with the moved message. Exchange gives a moved message a NEW id (unless
 * immutable ids were asked for, which Arkivpost does not do), so the
 * emulator does too: the old id then answers 404 ErrorItemNotFound.
 */
import { GraphError } from './errors';
import { ctxUrl, jsonObject, usersRef } from './context';
import type { Answer, Ctx } from './context';
import { messageJson } from './store';
import type { MailboxRecord, MessageRecord } from './store';
import { toRestId } from './store';

export function moveMessage(ctx: Ctx, mb: MailboxRecord, m: MessageRecord): Answer {
  const body = jsonObject(ctx.body);
  const dest = body['destinationId'];
  if (typeof dest !== 'string' || dest.trim() === '') {
    throw new GraphError(400, 'ErrorInvalidIdMalformed', 'destinationId is missing or empty.');
  }
  for (const k of Object.keys(body)) {
    if (k !== 'destinationId' && !k.startsWith('@odata.')) {
      throw new GraphError(
        400,
        'RequestBroker--ParseUri',
        `The parameter '${k}' does not exist in the move action.`,
      );
    }
  }
  const folder = ctx.store.folder(mb, dest.trim());
  if (!folder)
    throw new GraphError(
      404,
      'ErrorItemNotFound',
      'The specified object was not found in the store.',
    );
  const moved: MessageRecord = {
    ...m,
    id: toRestId(ctx.store.newItemId(mb)),
    folder: folder.name,
    changeKey: ctx.store.nextChangeKey(),
    lastModifiedDateTime: ctx.now.getTime(),
  };
  mb.messages.delete(m.id);
  mb.messages.set(moved.id, moved);
  ctx.applied = true;
  return {
    status: 201,
    json: {
      '@odata.context': ctxUrl(ctx, `${usersRef(mb)}/messages/$entity`),
      ...messageJson(mb, moved, { select: null, extended: 'none', zone: 'UTC', bodyType: null }),
    },
  };
}
