/** FNV-1a offset basis: the hash state before any character. */
export const FNV_SEED = 0x811c9dc5;

/** Adds one UTF-16 unit to an FNV-1a hash state. */
export function fnvStep(state: number, code: number): number {
  return Math.imul(state ^ code, 0x01000193) >>> 0;
}

/** 32-bit FNV-1a of a string: fast, deterministic and the same in every JavaScript engine. */
export function fnv1a(text: string, state = FNV_SEED): number {
  let h = state;
  for (let i = 0; i < text.length; i++) h = fnvStep(h, text.charCodeAt(i));
  return h;
}
