import { describe, expect, it } from 'vitest';
import { canonicalJson, NotCanonicalisableError } from './canonical-json.ts';
import { canonicalHash, chainStep } from './dossier-format.ts';

describe('RFC 8785 canonical JSON', () => {
  it('writes the RFC’s §3.2.2 example byte for byte', () => {
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001], ' +
        '"string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/", ' +
        '"literals": [null, true, false]}',
    );
    expect(canonicalJson(input)).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],' +
        '"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
  });

  it('sorts members by UTF-16 code units, as §3.2.3 shows', () => {
    const input = JSON.parse(
      '{"\\u20ac": 1, "\\r": 2, "\\ufb33": 3, "1": 4, "\\ud83d\\ude00": 5, "\\u0080": 6, "\\u00f6": 7}',
    );
    const keys = Object.keys(JSON.parse(canonicalJson(input)));
    // Parsing again reorders "1" first (an integer key); compare the written order instead.
    expect(canonicalJson(input)).toBe(
      '{"\\r":2,"1":4,"\u0080":6,"\u00f6":7,"\u20ac":1,"\ud83d\ude00":5,"\ufb33":3}',
    );
    expect(keys).toHaveLength(7);
  });

  it('writes nested objects in arrays canonically and leaves out undefined members', () => {
    expect(canonicalJson({ b: [{ d: 1, c: -0 }], a: undefined, e: 'x' })).toBe(
      '{"b":[{"c":0,"d":1}],"e":"x"}',
    );
  });

  it('refuses what JSON cannot hold', () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(NotCanonicalisableError);
    expect(() => canonicalJson({ n: Number.POSITIVE_INFINITY })).toThrow(NotCanonicalisableError);
    let deep: unknown = 1;
    for (let i = 0; i < 200; i++) deep = [deep];
    expect(() => canonicalJson(deep)).toThrow(NotCanonicalisableError);
  });

  it('treats a member named __proto__ as any other name', () => {
    const hostile = JSON.parse('{"__proto__": {"x": 1}, "a": 2}');
    expect(canonicalJson(hostile)).toBe('{"__proto__":{"x":1},"a":2}');
  });
});

describe('the hash chain', () => {
  it('hashes the canonical form, so key order and spacing do not matter', async () => {
    expect(await canonicalHash(JSON.parse('{ "b": 1, "a": 2 }'))).toBe(
      await canonicalHash({ a: 2, b: 1 }),
    );
    // SHA-256 of the two bytes "{}".
    expect(await canonicalHash({})).toBe(
      '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
    );
  });

  it('chains over the raw digests, and refuses anything that is not one', async () => {
    const a = await canonicalHash({ a: 1 });
    const b = await canonicalHash({ b: 1 });
    expect(await chainStep(a, b)).not.toBe(await chainStep(b, a));
    expect(await chainStep(a, b)).toMatch(/^[0-9a-f]{64}$/);
    await expect(chainStep('zz', b)).rejects.toThrow();
  });
});
