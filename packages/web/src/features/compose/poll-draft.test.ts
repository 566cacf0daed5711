import { describe, expect, it } from 'vitest';
import { emptyPollDraft, pollDraftProblem, toNewPoll } from './poll-draft.ts';

describe('a poll draft', () => {
  it('needs every choice written, different, and at most 50 characters', () => {
    const draft = emptyPollDraft();
    expect(pollDraftProblem(draft)).toBe('empty');
    expect(pollDraftProblem({ ...draft, options: ['Oui', ' oui '] })).toBe('duplicate');
    expect(pollDraftProblem({ ...draft, options: ['Oui', 'x'.repeat(51)] })).toBe('tooLong');
    expect(pollDraftProblem({ ...draft, options: ['Oui', 'Non'] })).toBeNull();
  });

  it('is sent trimmed, in the server’s names', () => {
    expect(toNewPoll({ ...emptyPollDraft(), options: [' Thé ', 'Café'], multiple: true })).toEqual({
      options: ['Thé', 'Café'],
      expires_in: 86_400,
      multiple: true,
      hide_totals: false,
    });
  });
});
