import { createHash } from 'node:crypto';
import { Reject } from '@fedify/fedify';
import { type AccountRef, type Outgoing, remoteRecipients } from './outbound-activities.ts';
import type { LocalUris } from './uri.ts';

/**
 * A remote reply our post's reply policy refused (GoToSocial's `interactionPolicy.canReply`),
 * answered as GoToSocial answers it: a `Reject` from the author whose policy refused, whose
 * `object` is the reply's id and whose `target` is the post it answered, addressed to the replier
 * alone. Their server should then drop the reply or mark it refused rather than spread it.
 * The id is stable per reply, so a redelivered reply is refused once (the delivery ledger).
 */
export function replyRejection(
  author: string,
  replier: AccountRef,
  reply: { uri: string; inReplyToUri: string | null },
  uris: LocalUris,
): Outgoing {
  const digest = createHash('sha256').update(reply.uri).digest('hex').slice(0, 32);
  return {
    sender: author,
    activity: new Reject({
      id: new URL(uris.activity(author, `reject-reply-${digest}`)),
      actor: new URL(uris.actor(author)),
      object: new URL(reply.uri),
      target: reply.inReplyToUri ? new URL(reply.inReplyToUri) : null,
      to: new URL(replier.uri),
    }),
    toFollowers: false,
    recipients: remoteRecipients([replier]),
  };
}
