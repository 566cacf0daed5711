/** A word's first and last letters, then its other letters sorted. */
export function scramble(key: string): string {
  return `${key[0]}${key.at(-1)}${[...key.slice(1, -1)].sort().join('')}`;
}

/**
 * Groups' names of six letters or more, singular and plural as typed, by `scramble`: "musluamns"
 * is "musulmans" with its inner letters stirred. Two names that stir into each other are left out.
 */
export function buildGroupScrambles(groups: Iterable<string>): ReadonlyMap<string, string> {
  const groupScrambles = new Map<string, string>();
  const clashing = new Set<string>();
  for (const group of groups) {
    if (group.length < 5 || !/^[a-z]+$/.test(group)) continue;
    // The plural as typed too: its last letter is the "s" ("tisgaens" stirs "tsiganes").
    for (const form of [group, `${group}s`]) {
      if (form.length < 6) continue;
      const letters = scramble(form);
      if (groupScrambles.has(letters) && groupScrambles.get(letters) !== form)
        clashing.add(letters);
      groupScrambles.set(letters, form);
    }
  }
  for (const letters of clashing) groupScrambles.delete(letters);
  return groupScrambles;
}
