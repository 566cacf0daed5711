/**
 * What Empathie adds to an ActivityPub actor, in its own JSON-LD namespace so that other
 * software ignores it safely (docs/federation.md, ADR 0019): `intention`, the plain-text "why I
 * am here, what I love to share" of a profile. The same text also travels as a PropertyValue
 * profile field named "Intention", which every server shows; this term is what lets another
 * Empathie know it is the intention and not just any field.
 */
export const EMPATHIE_NS = 'https://empathie.social/ns#';

/** The term definitions added to an actor's `@context`. */
export const EMPATHIE_CONTEXT = { empathie: EMPATHIE_NS, intention: 'empathie:intention' };

const MAX_INTENTION = 500;

/** Adds the extension to an actor document Fedify compacted (a plain JSON object). */
export function withEmpathieExtension(
  actor: Record<string, unknown>,
  intention: string,
): Record<string, unknown> {
  if (intention.trim() === '') return actor;
  const context = actor['@context'];
  const contexts = Array.isArray(context) ? context : context === undefined ? [] : [context];
  return { ...actor, '@context': [...contexts, EMPATHIE_CONTEXT], intention };
}

/**
 * Reads the intention a remote actor document carries, whatever prefix or term its context
 * gives our namespace; null when it carries none. Keys come from the remote document, so they
 * are read through a Map, never by indexing a plain object.
 */
export function readIntention(document: unknown): string | null {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) return null;
  const fields = new Map(Object.entries(document));
  const context = fields.get('@context');
  const contexts = Array.isArray(context) ? context : [context];
  const names = new Set<string>([`${EMPATHIE_NS}intention`]);
  for (const entry of contexts) {
    if (typeof entry !== 'object' || entry === null) continue;
    const terms = new Map(Object.entries(entry));
    const prefixes = [...terms].filter(([, v]) => v === EMPATHIE_NS).map(([k]) => k);
    for (const prefix of prefixes) names.add(`${prefix}:intention`);
    for (const [term, value] of terms) {
      const id = typeof value === 'string' ? value : (value as { '@id'?: unknown })?.['@id'];
      if (id === `${EMPATHIE_NS}intention` || prefixes.some((p) => id === `${p}:intention`)) {
        names.add(term);
      }
    }
  }
  for (const name of names) {
    const value = fields.get(name);
    if (typeof value === 'string') return plainIntention(value);
  }
  return null;
}

/** Plain text, tags dropped (a remote server could send any), bounded. */
function plainIntention(value: string): string {
  return value
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_INTENTION);
}
