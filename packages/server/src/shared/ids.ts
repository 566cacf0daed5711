/**
 * Time-sortable identifiers: milliseconds since the Unix epoch times 2^16 plus a per-millisecond
 * sequence, written as 18 decimal digits. String order equals creation order (until the year
 * 2445), like Mastodon's snowflake ids, so clients can compare them and cursors are plain strings.
 */
export type IdGenerator = (at?: Date) => string;

const SEQ_BITS = 65536n;

export function createIdGenerator(now: () => number = Date.now): IdGenerator {
  let lastMs = 0;
  let seq = 0;
  return (at?: Date) => {
    let ms = at ? at.getTime() : now();
    if (!at) {
      // Never go backwards (clock adjustments) and keep ids unique within a millisecond.
      if (ms <= lastMs) {
        ms = lastMs;
        seq += 1;
        if (seq >= 65536) {
          ms += 1;
          seq = 0;
        }
      } else {
        seq = 0;
      }
      lastMs = ms;
    } else {
      seq = (seq + 1) % 65536;
    }
    const id = BigInt(ms) * SEQ_BITS + BigInt(seq);
    return id.toString().padStart(18, '0');
  };
}

/** The smallest id that could have been created at `date`; for time-based cursors. */
export function idAtTime(date: Date): string {
  return (BigInt(date.getTime()) * SEQ_BITS).toString().padStart(18, '0');
}

export function isId(value: string): boolean {
  return /^\d{1,20}$/.test(value);
}
