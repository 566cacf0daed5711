import { Flag } from '@fedify/fedify';
import { type AccountRef, type Outgoing, remoteRecipients } from './outbound-activities.ts';
import { INSTANCE_ACTOR_IDENTIFIER, type LocalUris } from './uri.ts';

/**
 * A report forwarded to the reported account's server, as Mastodon sends it: a `Flag` from the
 * instance actor (never the reporter: the person stays anonymous to the other side), naming the
 * account and the reported posts, with the reporter's comment. Its id is stable per report, so a
 * job that runs again sends the same activity (and the delivery ledger sends it once).
 */
export function flagActivity(
  report: { id: string; comment: string; postUris: string[] },
  target: AccountRef,
  uris: LocalUris,
): Outgoing {
  return {
    sender: INSTANCE_ACTOR_IDENTIFIER,
    activity: new Flag({
      id: new URL(uris.activity(INSTANCE_ACTOR_IDENTIFIER, `flag-${report.id}`)),
      actor: new URL(uris.instanceActor()),
      objects: [new URL(target.uri), ...report.postUris.map((u) => new URL(u))],
      content: report.comment,
    }),
    toFollowers: false,
    recipients: remoteRecipients([target]),
  };
}
