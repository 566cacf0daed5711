import { describe, expect, it } from 'vitest';
import { outcomeOf, panelChoices } from './coach-rules.ts';

describe('panelChoices', () => {
  it('offers every choice before a new post, the new version first once the text changed', () => {
    expect(panelChoices('compose', { changed: true, canSendLater: true })).toEqual([
      'publish',
      'edit',
      'send_later',
      'save_draft',
      'post_anyway',
      'cancel',
    ]);
  });

  it('offers no "send later" when the server does not schedule posts, nor a new version unchanged', () => {
    expect(panelChoices('compose', { changed: false, canSendLater: false })).toEqual([
      'edit',
      'save_draft',
      'post_anyway',
      'cancel',
    ]);
  });

  it('never offers "send later" nor a draft for an edit of a published post', () => {
    expect(panelChoices('edit', { changed: true, canSendLater: true })).toEqual([
      'publish',
      'edit',
      'post_anyway',
      'cancel',
    ]);
    expect(panelChoices('edit', { changed: false, canSendLater: true })).toEqual([
      'edit',
      'post_anyway',
      'cancel',
    ]);
  });

  it('records an edit’s choices with the same outcomes as a new post’s', () => {
    const recorded = panelChoices('edit', { changed: true, canSendLater: false }).map((kind) =>
      outcomeOf(kind, false),
    );
    expect(recorded).toEqual(['revised', null, 'posted_anyway', 'cancelled']);
  });
});
