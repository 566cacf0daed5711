import { Create, Note } from '@fedify/fedify';
import { type AccountRef, type Outgoing, remoteRecipients } from './outbound-activities.ts';
import type { LocalUris } from './uri.ts';

/**
 * A local person's vote in a remote poll, as Mastodon sends it: a `Create` of a `Note` whose
 * `name` is the chosen option's title and whose `inReplyTo` is the Question, addressed to the
 * poll's author alone, with no content (one per choice of a multiple-choice poll). Its ids are
 * stable per poll and choice, so a rerun of the job sends the same activity.
 */
export function voteActivity(
  voter: string,
  vote: { pollId: string; choice: number; title: string },
  question: { uri: string; author: AccountRef },
  uris: LocalUris,
): Outgoing {
  const actor = new URL(uris.actor(voter));
  const author = new URL(question.author.uri);
  const id = uris.vote(voter, vote.pollId, vote.choice);
  const note = new Note({
    id: new URL(id),
    attribution: actor,
    name: vote.title,
    replyTarget: new URL(question.uri),
    to: author,
  });
  return {
    sender: voter,
    activity: new Create({ id: new URL(`${id}/activity`), actor, object: note, to: author }),
    toFollowers: false,
    recipients: remoteRecipients([question.author]),
  };
}
