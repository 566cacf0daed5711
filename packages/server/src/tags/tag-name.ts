import { normaliseTag } from '../posts/render.ts';

// The same shape the renderer recognises as a hashtag (`posts/render.ts`): letters, digits and
// underscores, with at least one letter or underscore.
const TAG_NAME = /^[\p{L}\p{N}_]*[\p{L}_][\p{L}\p{N}_]*$/u;

/** A hashtag as a person typed it (`#Climat` or `Climat`) → its display and key, or null. */
export function parseTagName(raw: string): { name: string; display: string } | null {
  const display = raw.trim().replace(/^#/, '').normalize('NFC');
  if (display.length === 0 || [...display].length > 100 || !TAG_NAME.test(display)) return null;
  return { name: normaliseTag(display), display };
}
