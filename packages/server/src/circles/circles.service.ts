import { type Engine, judge } from '@empathie/engine';
import { allyMay } from '../allies/ally-permissions.ts';
import { thresholdFor } from '../coach/sensitivity.ts';
import type { NotificationType } from '../db/schema.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { Policy } from '../policy/policy.service.ts';
import type { Clock } from '../shared/clock.ts';
import type { EventBus } from '../shared/events.ts';
import type { IdGenerator } from '../shared/ids.ts';
import { err, ok, type Result } from '../shared/result.ts';
import {
  addMember,
  type CircleMessageRow,
  type CircleRow,
  closeCircle,
  type Db,
  findCircle,
  findMessage,
  followersNotAsked,
  follows,
  insertCircle,
  insertMessage,
  isMember,
  openCircleOf,
  thankMessage,
} from './circles.repository.ts';

export const INVITE_QUEUE = 'circles.invite';

/** What the coach found in a "support" message that may hurt: the writer sees it, not the person. */
export interface Findings {
  attributes: string[];
  finding_kinds: string[];
  findings: Array<{
    kind: string;
    begin: number;
    end: number;
    explanation: { fr: string; en: string };
  }>;
  rewrite: string | null;
  scaffold: { observation: string; feeling: string; need: string; request: string };
}

export type CircleError =
  | { kind: 'not_found' }
  | { kind: 'forbidden' }
  | { kind: 'closed' }
  | { kind: 'unknown_account' }
  | { kind: 'hurtful'; findings: Findings };

export type CirclesService = ReturnType<typeof createCirclesService>;

/**
 * Support circles: kind messages gathered for a person under attack. The person opens one, or
 * an ally with the "review" right opens it for them; the person's followers are asked to
 * write, and anyone the person accepts may too. Every message passes the engine here, on the
 * server, with the most careful threshold: one that may hurt never reaches the person, and its
 * writer is coached instead.
 */
export function createCirclesService(deps: {
  db: Db;
  clock: Clock;
  ids: IdGenerator;
  jobs: Pick<JobQueue, 'enqueue' | 'register'>;
  engine: Engine;
  events: EventBus;
  policy: Pick<Policy, 'blockedEitherWay'>;
}) {
  const { db, clock, ids, jobs, engine, policy } = deps;
  const threshold = thresholdFor('high');

  async function notice(to: string, from: string, type: NotificationType) {
    await db
      .insertInto('notifications')
      .values({
        id: ids(),
        account_id: to,
        from_account_id: from,
        type,
        post_id: null,
        created_at: clock.now().toISOString(),
      })
      .execute();
  }

  async function mayWrite(circle: CircleRow, viewerId: string): Promise<boolean> {
    if (viewerId === circle.account_id) return false;
    if (await policy.blockedEitherWay(viewerId, circle.account_id)) return false;
    return (await follows(db, viewerId, circle.account_id)) || isMember(db, circle.id, viewerId);
  }

  /** The circle, if the viewer is its person or may write in it. */
  async function readable(
    viewerId: string,
    circle: CircleRow | undefined,
  ): Promise<Result<CircleRow, CircleError>> {
    if (!circle) return err({ kind: 'not_found' });
    if (circle.account_id === viewerId || (await mayWrite(circle, viewerId))) return ok(circle);
    return err({ kind: 'not_found' });
  }

  async function open(viewerId: string, forId: string): Promise<Result<CircleRow, CircleError>> {
    if (
      viewerId !== forId &&
      !(await allyMay(db, { ownerId: forId, allyId: viewerId, permission: 'review' }))
    ) {
      return err({ kind: 'forbidden' });
    }
    const existing = await openCircleOf(db, forId);
    if (existing) return ok(existing);
    const circle: CircleRow = {
      id: ids(),
      account_id: forId,
      opened_by: viewerId,
      state: 'open',
      created_at: clock.now().toISOString(),
      closed_at: null,
    };
    await insertCircle(db, circle);
    await jobs.enqueue(INVITE_QUEUE, { circleId: circle.id });
    return ok(circle);
  }

  /** Asks the person's followers to write, in batches; a rerun asks nobody twice. */
  async function invite(circleId: string): Promise<void> {
    const circle = await findCircle(db, circleId);
    if (circle?.state !== 'open') return;
    for (;;) {
      const batch = await followersNotAsked(db, circle, 500);
      if (batch.length === 0) return;
      const now = clock.now().toISOString();
      await db
        .insertInto('notifications')
        .values(
          batch.map((f) => ({
            id: ids(),
            account_id: f.account_id,
            from_account_id: circle.account_id,
            type: 'empathie.circle.request' as const,
            post_id: null,
            created_at: now,
          })),
        )
        .execute();
    }
  }
  jobs.register(INVITE_QUEUE, async (payload) =>
    invite((payload as { circleId: string }).circleId),
  );

  function coach(text: string): Findings | null {
    const analysis = engine.analyze(text);
    const judgement = judge(analysis, threshold);
    if (judgement.verdict !== 'pause') return null;
    return {
      attributes: judgement.attributes,
      finding_kinds: judgement.findingKinds,
      findings: analysis.coach.findings.map((f) => ({
        kind: f.kind,
        begin: f.begin,
        end: f.end,
        explanation: f.explanation,
      })),
      rewrite: analysis.coach.rewrite,
      scaffold: analysis.coach.scaffold,
    };
  }

  async function write(
    viewerId: string,
    circleId: string,
    text: string,
  ): Promise<Result<CircleMessageRow, CircleError>> {
    const circle = await findCircle(db, circleId);
    if (!circle || !(await mayWrite(circle, viewerId))) return err({ kind: 'not_found' });
    if (circle.state !== 'open') return err({ kind: 'closed' });
    const findings = coach(text);
    if (findings) return err({ kind: 'hurtful', findings });
    const row: CircleMessageRow = {
      id: ids(),
      circle_id: circleId,
      author_id: viewerId,
      text,
      created_at: clock.now().toISOString(),
      thanked_at: null,
    };
    await insertMessage(db, row);
    await notice(circle.account_id, viewerId, 'empathie.circle.message');
    return ok(row);
  }

  async function ownCircle(viewerId: string, circleId: string) {
    const circle = await findCircle(db, circleId);
    if (!circle) return err({ kind: 'not_found' } as CircleError);
    if (circle.account_id !== viewerId) {
      // A writer learns the circle exists, not that they may not manage it.
      return err({
        kind: (await mayWrite(circle, viewerId)) ? 'forbidden' : 'not_found',
      } as CircleError);
    }
    return ok(circle);
  }

  async function close(
    viewerId: string,
    circleId: string,
  ): Promise<Result<CircleRow, CircleError>> {
    const found = await ownCircle(viewerId, circleId);
    if (!found.ok) return found;
    await closeCircle(db, circleId, clock.now().toISOString());
    const circle = await findCircle(db, circleId);
    return circle ? ok(circle) : err({ kind: 'not_found' });
  }

  async function thank(
    viewerId: string,
    circleId: string,
    messageId: string,
  ): Promise<Result<CircleMessageRow, CircleError>> {
    const found = await ownCircle(viewerId, circleId);
    if (!found.ok) return found;
    const message = await findMessage(db, circleId, messageId);
    if (!message) return err({ kind: 'not_found' });
    const changed = await thankMessage(db, messageId, clock.now().toISOString());
    if (Number(changed.numUpdatedRows) > 0) {
      await notice(message.author_id, viewerId, 'empathie.circle.thanks');
    }
    const after = await findMessage(db, circleId, messageId);
    return after ? ok(after) : err({ kind: 'not_found' });
  }

  async function accept(
    viewerId: string,
    circleId: string,
    accountId: string,
  ): Promise<Result<CircleRow, CircleError>> {
    const found = await ownCircle(viewerId, circleId);
    if (!found.ok) return found;
    const local = await db
      .selectFrom('users')
      .select('account_id')
      .where('account_id', '=', accountId)
      .executeTakeFirst();
    if (!local || accountId === viewerId) return err({ kind: 'unknown_account' });
    await addMember(db, circleId, accountId, clock.now().toISOString());
    await notice(accountId, viewerId, 'empathie.circle.request');
    return found;
  }

  // When a pile-on switches the shield on, the person is offered a circle inside the shield's one
  // calm notice (a link to open it), never as a second notification: a flood is what it replaces.

  return { open, readable, mayWrite, write, close, thank, accept, invite };
}
