import { z } from 'zod';
import type { Scope } from '../http/scopes.ts';
import { normaliseTag } from '../posts/render.ts';
import { err, ok, type Result } from '../shared/result.ts';

/**
 * The streams of Mastodon's streaming API that Empathie serves, as parsed values. A connection
 * holds a set of them; the wire name (`user`, `hashtag:local`…) plus its tag or list id is the
 * key, and the same array goes back in each message's `stream` field.
 */
export type Stream =
  | { kind: 'user' }
  | { kind: 'user:notification' }
  | { kind: 'public'; local: false }
  | { kind: 'public:local'; local: true }
  | { kind: 'hashtag'; tag: string; local: false }
  | { kind: 'hashtag:local'; tag: string; local: true }
  | { kind: 'list'; listId: string }
  | { kind: 'direct' };

export type StreamError =
  | { kind: 'unknown_stream'; name: string }
  | { kind: 'missing_tag' }
  | { kind: 'missing_list' };

/** What a subscription asks, from the query string or a `subscribe` message. */
export const streamRequestSchema = z.object({
  stream: z.string().min(1).max(40),
  tag: z.string().min(1).max(100).optional(),
  list: z
    .string()
    .regex(/^[0-9]{1,20}$/)
    .optional(),
});
export type StreamRequest = z.infer<typeof streamRequestSchema>;

export const clientMessageSchema = z.object({
  type: z.enum(['subscribe', 'unsubscribe']),
  stream: z.string().min(1).max(40),
  tag: z.string().min(1).max(100).optional(),
  list: z
    .union([z.string(), z.number()])
    .transform((v) => String(v))
    .pipe(z.string().regex(/^[0-9]{1,20}$/))
    .optional(),
});

// Mastodon's older names for the same streams, still sent by some apps.
const ALIASES = new Map([
  ['public:media', 'public'],
  ['public:local:media', 'public:local'],
  ['public:remote', 'public'],
]);

export function parseStream(request: StreamRequest): Result<Stream, StreamError> {
  const name = ALIASES.get(request.stream) ?? request.stream;
  switch (name) {
    case 'user':
    case 'user:notification':
    case 'direct':
      return ok({ kind: name });
    case 'public':
      return ok({ kind: 'public', local: false });
    case 'public:local':
      return ok({ kind: 'public:local', local: true });
    case 'hashtag':
    case 'hashtag:local': {
      const tag = request.tag ? normaliseTag(request.tag.replace(/^#/, '')) : '';
      if (!tag) return err({ kind: 'missing_tag' });
      return name === 'hashtag'
        ? ok({ kind: 'hashtag', tag, local: false })
        : ok({ kind: 'hashtag:local', tag, local: true });
    }
    case 'list':
      return request.list
        ? ok({ kind: 'list', listId: request.list })
        : err({ kind: 'missing_list' });
    default:
      return err({ kind: 'unknown_stream', name: request.stream });
  }
}

/** The `stream` array Mastodon puts in each message: the name, then the tag or list id. */
export function streamLabel(stream: Stream): string[] {
  switch (stream.kind) {
    case 'hashtag':
    case 'hashtag:local':
      return [stream.kind, stream.tag];
    case 'list':
      return [stream.kind, stream.listId];
    default:
      return [stream.kind];
  }
}

export function streamKey(stream: Stream): string {
  return streamLabel(stream).join('\u0000');
}

/** The scope a token needs for a stream (Mastodon's); public streams need none without a token. */
export function scopeFor(stream: Stream): Scope {
  switch (stream.kind) {
    case 'user:notification':
      return 'read:notifications';
    case 'list':
      return 'read:lists';
    default:
      return 'read:statuses';
  }
}

/** Streams anybody may follow, as anybody may read the public timelines. */
export function isPublicStream(stream: Stream): boolean {
  return (
    stream.kind === 'public' ||
    stream.kind === 'public:local' ||
    stream.kind === 'hashtag' ||
    stream.kind === 'hashtag:local'
  );
}

/** Where apps open the streaming API: this instance's origin with a WebSocket scheme. */
export function streamingUrl(publicUrl: string): string {
  return publicUrl.replace(/^http(s?):/, 'ws$1:');
}
