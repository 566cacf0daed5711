import { type Context, Link, type Note, signRequest } from '@fedify/fedify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { checkOutboundUrl } from '../../security/outbound-url.ts';
import type { Logger } from '../../shared/logger.ts';
import { INSTANCE_ACTOR_IDENTIFIER } from '../uri.ts';
import { deleteRemoteObject, upsertRemoteObject } from './empathie-objects.repository.ts';
import { type EmpathieKind, kindOfRel, readRemoteObject } from './empathie-vocabulary.ts';

/**
 * Fetches the JSON document at `url` for the inbox (signed by the instance actor, so servers in
 * secure mode answer); throws when it cannot be had. Tests pass a fake.
 */
export type EmpathieDocumentFetcher = (ctx: Context<void>, url: URL) => Promise<unknown>;

const TIMEOUT_MS = 10_000;
const MAX_BYTES = 64 * 1024;

/**
 * The fetcher of structured objects: the SSRF guard first (security/outbound-url.ts), a signed
 * GET (draft-cavage, the instance actor's RSA key, as Fedify signs), no redirect followed (the
 * object must live where the Note said, on its own origin), 10 s at most, 64 KiB at most — the
 * body is read as a stream and dropped past that, so a hostile server cannot make us hold more.
 */
export function signedDocumentFetcher(options: {
  allowPrivateAddress: boolean;
  userAgent: string;
  fetch?: typeof fetch;
}): EmpathieDocumentFetcher {
  const doFetch = options.fetch ?? fetch;
  return async (ctx, url) => {
    const checked = await checkOutboundUrl(url, { allowPrivate: options.allowPrivateAddress });
    if (!checked.ok) throw new Error(`refused url: ${checked.error.kind}`);
    let request = new Request(url, {
      headers: {
        accept: 'application/activity+json, application/ld+json',
        'user-agent': options.userAgent,
      },
    });
    const pairs = await ctx.getActorKeyPairs(INSTANCE_ACTOR_IDENTIFIER);
    const rsa = pairs.find((p) => p.privateKey.algorithm.name === 'RSASSA-PKCS1-v1_5');
    if (rsa) request = await signRequest(request, rsa.privateKey, rsa.keyId);
    const response = await doFetch(request, {
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const type = response.headers.get('content-type') ?? '';
    if (!response.ok || !/json/.test(type)) {
      await response.body?.cancel();
      throw new Error(`HTTP ${response.status} ${type}`);
    }
    return JSON.parse(await boundedText(response, MAX_BYTES));
  };
}

async function boundedText(response: Response, max: number): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      throw new Error('document too large');
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

/** What the inbox's own dependencies (inbox/incoming-note.ts `IncomingDeps`) give this. */
export interface RemoteObjectsDeps {
  db: Kysely<Database>;
  logger: Logger;
  now: () => Date;
  /** None: structured objects are not fetched (the post stays as its Note says). */
  fetchEmpathieDocument?: EmpathieDocumentFetcher | undefined;
  /** Stores an actor not known here yet (the person a spotlight values). */
  conversation: { resolveActor(uri: string): Promise<{ id: string } | null> };
}

/** Never fetch while reading what a Note embeds: only its own attachments count. */
const embeddedOnly = { documentLoader: () => Promise.reject(new Error('not fetched')) };

/** The first of our Links a Note carries: its kind and href. */
async function empathieLinkOf(note: Note): Promise<{ kind: EmpathieKind; href: URL } | null> {
  try {
    for await (const attachment of note.getAttachments(embeddedOnly)) {
      if (!(attachment instanceof Link) || !attachment.href) continue;
      const kind = kindOfRel(attachment.rels);
      if (kind) return { kind, href: attachment.href };
    }
  } catch {
    // An attachment given only by its URI: not ours to fetch.
  }
  return null;
}

export type RemoteObjectOutcome =
  | { kind: 'stored'; object: EmpathieKind }
  | { kind: 'none' }
  | { kind: 'ignored'; reason: string };

/**
 * Keeps the structured call or spotlight another Empathie publishes beside a post we stored
 * (`postId`, from `note`): the Note's Link, on the SAME origin as the Note (a server never
 * speaks for another), dereferenced, validated, reduced to plain text and stored; called again
 * on an Update of the Note, it refreshes it (or forgets it when the Note names none any more).
 * Nothing here can lose the post: any failure leaves it as its Note says.
 */
export async function receiveEmpathieObject(
  deps: RemoteObjectsDeps,
  ctx: Context<void>,
  note: Note,
  postId: string,
): Promise<RemoteObjectOutcome> {
  try {
    const link = await empathieLinkOf(note);
    if (!link) {
      await deleteRemoteObject(deps.db, postId);
      return { kind: 'none' };
    }
    const noteId = note.id;
    const author = note.attributionId?.href;
    if (!noteId || !author) return { kind: 'ignored', reason: 'note without id or author' };
    if (link.href.origin !== noteId.origin) {
      return { kind: 'ignored', reason: 'object on another origin than its note' };
    }
    if (!deps.fetchEmpathieDocument) return { kind: 'ignored', reason: 'not fetched here' };
    const document = await deps.fetchEmpathieDocument(ctx, link.href);
    const object = readRemoteObject(document, link.kind);
    if (!object) return { kind: 'ignored', reason: 'not a valid document' };
    if (object.id !== link.href.href || object.note !== noteId.href) {
      return { kind: 'ignored', reason: 'document names another object or note' };
    }
    if (object.attributedTo !== author) {
      return { kind: 'ignored', reason: 'document attributed to someone else' };
    }
    // The page shown to people: on the object's origin, or the object itself.
    const url = sameOrigin(object.url, noteId) ? object.url : object.id;
    if (object.kind === 'spotlight') await knowValued(deps, object.valued);
    await upsertRemoteObject(deps.db, postId, { ...object, url }, deps.now().toISOString());
    return { kind: 'stored', object: object.kind };
  } catch (error) {
    deps.logger.info('empathie object not kept', { postId, error: String(error) });
    return { kind: 'ignored', reason: 'fetch failed' };
  }
}

function sameOrigin(url: string, base: URL): boolean {
  try {
    return new URL(url).origin === base.origin;
  } catch {
    return false;
  }
}

/** The person a remote spotlight values is shown from our accounts: store them if unknown. */
async function knowValued(deps: RemoteObjectsDeps, uri: string): Promise<void> {
  const known = await deps.db
    .selectFrom('accounts')
    .select('id')
    .where('uri', '=', uri)
    .executeTakeFirst();
  if (!known) await deps.conversation.resolveActor(uri).catch(() => null);
}
