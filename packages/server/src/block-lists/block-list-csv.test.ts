import { describe, expect, it } from 'vitest';
import { formatCsv, parseCsv } from './block-list-csv.ts';

describe('block list CSV', () => {
  it('writes the account_address header and reads it back, reasons with commas included', () => {
    const csv = formatCsv([
      { address: 'troll@example.social', reason: 'insults, threats' },
      { address: 'bot@here.test', reason: 'said "hello" 400 times' },
    ]);
    expect(csv.split('\n')[0]).toBe('account_address,reason');
    expect(parseCsv(csv)).toEqual([
      { address: 'troll@example.social', reason: 'insults, threats' },
      { address: 'bot@here.test', reason: 'said "hello" 400 times' },
    ]);
  });

  it("reads Mastodon's headerless blocks export and its headed mutes export", () => {
    expect(parseCsv('a@one.test\r\n@b@two.test\r\n\r\n')).toEqual([
      { address: 'a@one.test', reason: '' },
      { address: 'b@two.test', reason: '' },
    ]);
    expect(parseCsv('\uFEFFAccount address,Hide notifications\nc@three.test,true\n')).toEqual([
      { address: 'c@three.test', reason: '' },
    ]);
  });
});
