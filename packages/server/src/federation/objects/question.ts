import { Collection, Note, Question } from '@fedify/fedify';
import { Temporal } from '@js-temporal/polyfill';
import type { LocalUris } from '../uri.ts';
import {
  canReplyOfSource,
  type NoteSource,
  noteOf,
  noteValues,
  type PolicyNote,
  withInteractionPolicy,
} from './note.ts';

/** A local poll as its Question shows it. */
export interface PollSource {
  multiple: boolean;
  hideTotals: boolean;
  expiresAt: string;
  /** When the expiry job closed it; null while it takes votes. */
  closedAt: string | null;
  votersCount: number;
  options: Array<{ title: string; votesCount: number }>;
}

/** A Question that carries `interactionPolicy` like PolicyNote (note.ts). */
export class PolicyQuestion extends Question {
  canReply: string[] = [];

  override async toJsonLd(options: Parameters<Question['toJsonLd']>[0] = {}): Promise<unknown> {
    return withInteractionPolicy(await super.toJsonLd(options), this.canReply);
  }
}

/**
 * The `Question` of a local post with a poll, as Mastodon writes it: the Note's own properties,
 * `oneOf` (or `anyOf` when several choices are allowed) with one `Note` per option, its `name`
 * the title and `replies.totalItems` its votes, `endTime`, `closed` once it ended, and
 * `votersCount` (`toot:votersCount`). A poll whose totals are hidden shows no counts until it
 * closes: the numbers would otherwise be read on any other server while ours hides them.
 */
export function questionOf(source: NoteSource, poll: PollSource, uris: LocalUris): PolicyQuestion {
  const showCounts = !poll.hideTotals || poll.closedAt !== null;
  const options = poll.options.map(
    (o) =>
      new Note({
        name: o.title,
        replies: new Collection({ totalItems: showCounts ? o.votesCount : 0 }),
      }),
  );
  const question = new PolicyQuestion({
    ...noteValues(source, uris),
    ...(poll.multiple ? { inclusiveOptions: options } : { exclusiveOptions: options }),
    endTime: Temporal.Instant.from(poll.expiresAt),
    closed: poll.closedAt ? Temporal.Instant.from(poll.closedAt) : null,
    voters: showCounts ? poll.votersCount : 0,
  });
  question.canReply = canReplyOfSource(source, uris);
  return question;
}

/** The object of a local post: its Question when it carries a poll, its Note otherwise. */
export function postObjectOf(source: NoteSource, uris: LocalUris): PolicyNote | PolicyQuestion {
  return source.poll ? questionOf(source, source.poll, uris) : noteOf(source, uris);
}
