import { Link } from '@fedify/fedify';
import { z } from 'zod';
import { EMPATHIE_NS } from '../empathie-extension.ts';
import { htmlToText } from '../inbox/remote-html.ts';

/**
 * Empathie's own objects across servers (docs/federation.md, ADR 0019): a call to action and a
 * spotlight are each a post (its Note, readable everywhere) plus a structured document under the
 * `empathie:` JSON-LD context, served at its own URI and named from the Note by a `Link`
 * attachment. Mastodon keeps only attachments with a `url`, so it ignores the Link and shows the
 * Note; another Empathie dereferences it and shows the call or the spotlight.
 */
export type EmpathieKind = 'call' | 'spotlight';

export const AS_CONTEXT = 'https://www.w3.org/ns/activitystreams';

/** The term definitions of the structured documents (after ActivityStreams in `@context`). */
export const EMPATHIE_OBJECT_CONTEXT = {
  empathie: EMPATHIE_NS,
  CallToAction: 'empathie:CallToAction',
  Spotlight: 'empathie:Spotlight',
  Skill: 'empathie:Skill',
  why: 'empathie:why',
  skills: { '@id': 'empathie:skills', '@container': '@list' },
  wanted: 'empathie:wanted',
  joined: 'empathie:joined',
  targetCount: 'empathie:targetCount',
  participantCount: 'empathie:participantCount',
  status: 'empathie:status',
  outcome: 'empathie:outcome',
  note: { '@id': 'empathie:note', '@type': '@id' },
  valued: { '@id': 'empathie:valued', '@type': '@id' },
  reason: 'empathie:reason',
} as const;

const TYPE_OF: Record<EmpathieKind, 'CallToAction' | 'Spotlight'> = {
  call: 'CallToAction',
  spotlight: 'Spotlight',
};

/** The `rel` of the Link that names the structured object of a Note. */
export function relOf(kind: EmpathieKind): string {
  return `${EMPATHIE_NS}${TYPE_OF[kind]}`;
}

/** What a local Note of a call or a spotlight carries about it. */
export interface EmpathieObjectRef {
  kind: EmpathieKind;
  /** The structured object's URI (federation/uri.ts: `/calls/:id`, `/spotlights/:id`). */
  uri: string;
  /** A readable line appended to the Note's content: a link to the page (HTML, escaped). */
  linkHtml: string;
}

/** The Link attachment of a Note that carries a call or a spotlight. */
export function empathieLink(ref: EmpathieObjectRef): Link {
  return new Link({
    href: new URL(ref.uri),
    rel: relOf(ref.kind),
    mediaType: 'application/activity+json',
  });
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** `<p><a href="…">label</a></p>`: a link any server shows, with no words to translate. */
export function linkParagraph(href: string, label: string): string {
  const h = escapeHtml(href);
  return `<p><a href="${h}" rel="nofollow noopener noreferrer" target="_blank">${escapeHtml(label)}</a></p>`;
}

/** What the structured document of a local call says. */
export interface CallDocumentSource {
  uri: string;
  noteUri: string;
  authorUri: string;
  title: string;
  why: string;
  skills: Array<{ name: string; wanted: number; joined: number }>;
  participantCount: number;
  deadline: string;
  place: string | null;
  state: 'open' | 'closed';
  outcome: string | null;
  createdAt: string;
}

export function callDocument(source: CallDocumentSource): Record<string, unknown> {
  return {
    '@context': [AS_CONTEXT, EMPATHIE_OBJECT_CONTEXT],
    id: source.uri,
    type: 'CallToAction',
    attributedTo: source.authorUri,
    note: source.noteUri,
    // The same URI is the call's page for a browser (content negotiation).
    url: source.uri,
    name: source.title,
    why: source.why,
    skills: source.skills.map((s) => ({
      type: 'Skill',
      name: s.name,
      wanted: s.wanted,
      joined: s.joined,
    })),
    targetCount: source.skills.reduce((sum, s) => sum + s.wanted, 0),
    participantCount: source.participantCount,
    endTime: source.deadline,
    ...(source.place ? { location: { type: 'Place', name: source.place } } : {}),
    status: source.state,
    ...(source.outcome ? { outcome: source.outcome } : {}),
    published: source.createdAt,
  };
}

/** What the structured document of a local spotlight says. */
export interface SpotlightDocumentSource {
  uri: string;
  noteUri: string;
  authorUri: string;
  valuedUri: string;
  reason: string;
  createdAt: string;
}

export function spotlightDocument(source: SpotlightDocumentSource): Record<string, unknown> {
  return {
    '@context': [AS_CONTEXT, EMPATHIE_OBJECT_CONTEXT],
    id: source.uri,
    type: 'Spotlight',
    attributedTo: source.authorUri,
    note: source.noteUri,
    // A browser asking this URI is sent to the post's page (spotlights.routes.ts).
    url: source.uri,
    valued: source.valuedUri,
    reason: source.reason,
    published: source.createdAt,
  };
}

// --- Reading another server's documents ---------------------------------------------------

/** A remote call or spotlight as we keep it, validated and plain text only. */
export type RemoteEmpathieObject =
  | {
      kind: 'call';
      id: string;
      url: string;
      note: string;
      attributedTo: string;
      title: string;
      why: string;
      skills: Array<{ name: string; wanted: number; joined: number }>;
      targetCount: number;
      participantCount: number;
      deadline: string;
      place: string | null;
      status: 'open' | 'closed';
      outcome: string | null;
      published: string | null;
    }
  | {
      kind: 'spotlight';
      id: string;
      url: string;
      note: string;
      attributedTo: string;
      valued: string;
      reason: string;
      published: string | null;
    };

const httpUrl = z
  .string()
  .max(2048)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'https:' || url.protocol === 'http:') && !url.username;
    } catch {
      return false;
    }
  });
const count = z.number().int().min(0).max(10_000_000);
const time = z.string().datetime({ offset: true });
/** Remote text: tags dropped (a server could send any), whitespace tidied, bounded. */
const text = (max: number) =>
  z
    .string()
    .max(max * 4)
    .transform((value) => plain(value).slice(0, max));
const idOf = z.union([httpUrl, z.object({ id: httpUrl }).transform((o) => o.id)]);

const callSchema = z.object({
  id: httpUrl,
  url: httpUrl.optional(),
  note: idOf,
  attributedTo: idOf,
  name: text(200).pipe(z.string().min(1)),
  why: text(2000).default(''),
  skills: z
    .array(
      z.object({
        name: text(100).pipe(z.string().min(1)),
        wanted: count,
        joined: count.default(0),
      }),
    )
    .max(20)
    .default([]),
  targetCount: count.optional(),
  participantCount: count.default(0),
  endTime: time,
  location: z
    .object({ name: text(200) })
    .partial()
    .nullish(),
  status: z.enum(['open', 'closed']),
  outcome: text(2000).nullish(),
  published: time.optional(),
});

const spotlightSchema = z.object({
  id: httpUrl,
  url: httpUrl.optional(),
  note: idOf,
  attributedTo: idOf,
  valued: idOf,
  reason: text(2800).default(''),
  published: time.optional(),
});

function plain(value: string): string {
  const printable = [...htmlToText(value)]
    .filter((ch) => {
      const code = ch.codePointAt(0) ?? 0;
      return code === 10 || (code >= 32 && code !== 127);
    })
    .join('');
  return printable
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * The terms of a remote document, whatever prefix its inline context gives our namespace (or
 * the full IRIs): keys come from outside, so they are read into a Map, never used to index a
 * plain object. Nested skills are read the same way.
 */
function normalised(document: unknown, prefixes: Set<string>): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return out;
  for (const [key, value] of Object.entries(document)) {
    let term = key;
    if (key.startsWith(EMPATHIE_NS)) term = key.slice(EMPATHIE_NS.length);
    else {
      const colon = key.indexOf(':');
      if (colon > 0 && prefixes.has(key.slice(0, colon))) term = key.slice(colon + 1);
    }
    if (!out.has(term) || term !== key) out.set(term, value);
  }
  return out;
}

function empathiePrefixes(document: unknown): Set<string> {
  const prefixes = new Set<string>(['empathie']);
  if (typeof document !== 'object' || document === null) return prefixes;
  const context = new Map(Object.entries(document)).get('@context');
  for (const entry of Array.isArray(context) ? context : [context]) {
    if (typeof entry !== 'object' || entry === null) continue;
    for (const [k, v] of Object.entries(entry)) if (v === EMPATHIE_NS) prefixes.add(k);
  }
  return prefixes;
}

function typeName(value: unknown, prefixes: Set<string>): string | null {
  const types = Array.isArray(value) ? value : [value];
  for (const t of types) {
    if (typeof t !== 'string') continue;
    const bare = t.startsWith(EMPATHIE_NS)
      ? t.slice(EMPATHIE_NS.length)
      : t.includes(':') && prefixes.has(t.slice(0, t.indexOf(':')))
        ? t.slice(t.indexOf(':') + 1)
        : t;
    if (bare === 'CallToAction' || bare === 'Spotlight') return bare;
  }
  return null;
}

/** A JSON-LD `@list` container may arrive wrapped (`{"@list": [...]}`). */
function listOf(value: unknown): unknown {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const inner = new Map(Object.entries(value)).get('@list');
    if (Array.isArray(inner)) return inner;
  }
  return value;
}

/**
 * Validates the structured document another server answered for a Link of the given kind;
 * null when it is not one (wrong type, missing or malformed fields): the post stays plain.
 */
export function readRemoteObject(
  document: unknown,
  kind: EmpathieKind,
): RemoteEmpathieObject | null {
  const prefixes = empathiePrefixes(document);
  const fields = normalised(document, prefixes);
  if (typeName(fields.get('type'), prefixes) !== TYPE_OF[kind]) return null;
  const candidate = Object.fromEntries(
    [...fields].filter(([key]) => key !== '@context' && key !== 'type'),
  );
  if (kind === 'call') {
    const skills = listOf(fields.get('skills'));
    if (Array.isArray(skills)) {
      candidate.skills = skills.map((s) => Object.fromEntries(normalised(s, prefixes)));
    }
    const parsed = callSchema.safeParse(candidate);
    if (!parsed.success) return null;
    const d = parsed.data;
    return {
      kind: 'call',
      id: d.id,
      url: d.url ?? d.id,
      note: d.note,
      attributedTo: d.attributedTo,
      title: d.name,
      why: d.why,
      skills: d.skills,
      targetCount: d.targetCount ?? d.skills.reduce((sum, s) => sum + s.wanted, 0),
      participantCount: d.participantCount,
      deadline: new Date(d.endTime).toISOString(),
      place: d.location?.name || null,
      status: d.status,
      outcome: d.outcome || null,
      published: d.published ? new Date(d.published).toISOString() : null,
    };
  }
  const parsed = spotlightSchema.safeParse(candidate);
  if (!parsed.success) return null;
  const d = parsed.data;
  return {
    kind: 'spotlight',
    id: d.id,
    url: d.url ?? d.id,
    note: d.note,
    attributedTo: d.attributedTo,
    valued: d.valued,
    reason: d.reason,
    published: d.published ? new Date(d.published).toISOString() : null,
  };
}

/** The kind a Link's `rel` names, if it is one of ours. */
export function kindOfRel(rels: readonly string[]): EmpathieKind | null {
  if (rels.includes(relOf('call'))) return 'call';
  if (rels.includes(relOf('spotlight'))) return 'spotlight';
  return null;
}
