import type { Analysis, AnalyzeOptions } from '@empathie/engine';
import type { Kysely } from 'kysely';
import { weekOf } from '../coach/weeks.ts';
import type { Database } from '../db/schema.ts';
import type { Clock } from '../shared/clock.ts';
import type { EventBus } from '../shared/events.ts';
import { type PostToneRow, upsertPostTone } from './post-tone.repository.ts';

/** What tone analysis needs from the empathy engine (structurally, the engine's `Engine`). */
export interface ToneEngine {
  analyze(
    text: string,
    options?: AnalyzeOptions,
  ): Pick<Analysis, 'scores' | 'emotions' | 'language'>;
}

export type PostToneService = ReturnType<typeof createPostToneService>;

/**
 * Measures the tone of every published or edited local post on the server, whatever the composer
 * said: gentle reading, "my coach" and moderation read these scores, so a modified client cannot
 * make a hurtful reply look calm.
 */
export function createPostToneService(deps: {
  db: Kysely<Database>;
  clock: Clock;
  engine: ToneEngine;
}) {
  const { db, clock, engine } = deps;

  /**
   * Analyses one post and stores its tone; shares (no text of their own) and missing posts are
   * skipped. Remote posts are accepted too: gentle reading protects against them as well.
   */
  async function analysePost(postId: string): Promise<PostToneRow | null> {
    const post = await db
      .selectFrom('posts')
      .select(['id', 'account_id', 'text', 'spoiler_text', 'reblog_of_id', 'created_at'])
      .where('id', '=', postId)
      .executeTakeFirst();
    if (!post || post.reblog_of_id) return null;
    // The content warning is read too: it is the first thing the reader sees.
    const text = post.spoiler_text ? `${post.spoiler_text}\n${post.text}` : post.text;
    // The coach's rewrite is not needed here, only the scores: skipping it is faster.
    const analysis = engine.analyze(text, { coach: false });
    const row: PostToneRow = {
      post_id: post.id,
      account_id: post.account_id,
      toxicity: analysis.scores.TOXICITY,
      severe_toxicity: analysis.scores.SEVERE_TOXICITY,
      insult: analysis.scores.INSULT,
      threat: analysis.scores.THREAT,
      identity_attack: analysis.scores.IDENTITY_ATTACK,
      profanity: analysis.scores.PROFANITY,
      emotion: dominantEmotion(analysis.emotions),
      language: analysis.language,
      // The week of publication, also after an edit, so "tone over time" stays in place.
      week: weekOf(new Date(post.created_at)),
      analysed_at: clock.now().toISOString(),
    };
    await upsertPostTone(db, row);
    return row;
  }

  /** Subscribes to posts being published and edited; returns the unsubscribe function. */
  function listen(events: EventBus): () => void {
    const offs = [
      events.subscribe('post.created', (e) => analysePost(e.postId).then(() => undefined)),
      events.subscribe('post.edited', (e) => analysePost(e.postId).then(() => undefined)),
    ];
    return () => {
      for (const off of offs) off();
    };
  }

  return { analysePost, listen };
}

export function dominantEmotion(emotions: Record<string, number>): string {
  let best = 'neutral';
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const [emotion, score] of Object.entries(emotions)) {
    if (score > bestScore) {
      best = emotion;
      bestScore = score;
    }
  }
  return best;
}
