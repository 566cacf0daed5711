import type { Kysely } from 'kysely';
import type { AlliesService } from '../allies/allies.service.ts';
import type { Database, NotificationType } from '../db/schema.ts';
import type { JobQueue } from '../jobs/job-queue.ts';
import type { Clock } from '../shared/clock.ts';
import type { EventBus } from '../shared/events.ts';
import type { IdGenerator } from '../shared/ids.ts';
import {
  arrivalWeight,
  bumpBaseline,
  decayedBaseline,
  type IncomingKind,
  isOutsider,
  isShieldSensitivity,
  judgeWindows,
  mayWeigh,
  type ShieldSensitivity,
  type SurgeVerdict,
  windowHours,
} from './shield.detection.ts';
import {
  countHeld,
  findHeldFor,
  hurtfulNotHeld,
  insertHeld,
  insertTraffic,
  pruneTraffic,
  readShield,
  type ShieldRow,
  senderFacts,
  setTrafficWeight,
  trafficOfPost,
  windowLoad,
  writeShield,
} from './shield.repository.ts';
import type { ShieldMode } from './shield.tables.ts';

const HOUR = 3_600_000;
const WATCHED: ReadonlySet<NotificationType> = new Set([
  'reply',
  'mention',
  'follow',
  'follow_request',
]);
export const QUIET_QUEUE = 'shield.quiet';
/** Once on, a flood is not re-measured on every message: the quiet period is extended at most this often. */
const SURGE_REFRESH_MS = 5 * 60_000;
/** Traffic older than this no longer matters to any window, nor to the summary. */
const TRAFFIC_KEPT_MS = 3 * 24 * HOUR;

/** The instance's defaults, set by the admin. */
export interface ShieldDefaults {
  sensitivity: ShieldSensitivity;
  quietHours: number;
}

/** A notification about to be written, as the policy asks the shield about it. */
export interface Incoming {
  recipientId: string;
  senderId: string;
  type: NotificationType;
  postId: string | null;
}

export interface ShieldStatus {
  mode: ShieldMode;
  active: boolean;
  activatedAt: string | null;
  reason: string | null;
  heldCount: number;
  sensitivity: ShieldSensitivity;
  /** Whether the sensitivity is the person's own choice (else the instance default). */
  sensitivityIsDefault: boolean;
}

export type ShieldService = ReturnType<typeof createShieldService>;

export function createShieldService(deps: {
  db: Kysely<Database>;
  clock: Clock;
  ids: IdGenerator;
  jobs: JobQueue;
  allies: Pick<AlliesService, 'activeAllyIds'>;
  /** Removes notifications that were created before the shield held their message. */
  withdraw: (
    recipientId: string,
    fromId: string,
    type: NotificationType,
    postId: string | null,
  ) => Promise<void>;
  defaults: () => Promise<ShieldDefaults>;
  /** Told when the shield switches itself on (a support circle is offered then). */
  events?: Pick<EventBus, 'publish'>;
}) {
  const { db, clock, ids, jobs, allies } = deps;

  const isActive = (row: ShieldRow | undefined) =>
    row !== undefined && row.mode !== 'off' && (row.mode === 'on' || row.active === 1);

  async function sensitivityOf(row: ShieldRow | undefined): Promise<ShieldSensitivity> {
    return isShieldSensitivity(row?.sensitivity)
      ? row.sensitivity
      : (await deps.defaults()).sensitivity;
  }

  /** Which folder kind a notification is, or null for what the shield does not look at. */
  async function kindOf(
    type: NotificationType,
    postId: string | null,
  ): Promise<IncomingKind | null> {
    switch (type) {
      case 'follow':
      case 'follow_request':
        return 'follow';
      case 'reply':
      case 'mention': {
        if (postId === null) return null;
        const post = await db
          .selectFrom('posts')
          .select('visibility')
          .where('id', '=', postId)
          .executeTakeFirst();
        if (post?.visibility === 'direct') return 'direct';
        return type;
      }
      default:
        return null;
    }
  }

  /**
   * Before the first interaction is counted, the baseline starts from the notifications the
   * person received in the last two weeks, so an account that was popular before the shield
   * existed does not look like a quiet one.
   */
  async function initialBaseline(accountId: string, now: Date): Promise<number> {
    const since = new Date(now.getTime() - 14 * 24 * HOUR).toISOString();
    const row = await db
      .selectFrom('notifications')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('account_id', '=', accountId)
      .where('type', 'in', ['reply', 'mention', 'follow', 'follow_request'])
      .where('created_at', '>', since)
      .executeTakeFirst();
    return Number(row?.n ?? 0) / (14 * 24);
  }

  /**
   * The policy's question: does this message wait in the person's held folder? Every incoming
   * reply, mention, direct message and follow passes here once, and is counted for detection.
   */
  async function isHeld(input: Incoming): Promise<boolean> {
    // Favourites and shares are not what a pile-on is made of: not even the person's row is read.
    if (!WATCHED.has(input.type)) return false;
    const ownerId = input.recipientId;
    const fromId = input.senderId;
    const row = await readShield(db, ownerId);
    // Switched off, the shield neither holds nor counts: the person chose to receive everything.
    if (row?.mode === 'off') return false;
    const kind = await kindOf(input.type, input.postId);
    if (kind === null) return false;
    // An item already in the folder decides for itself: approved ones are delivered (that is
    // how approving notifies), the others stay held. It is not counted twice.
    const seen = await findHeldFor(db, { ownerId, fromId, kind, postId: input.postId });
    if (seen) return seen.state !== 'approved';
    const now = clock.now();
    const at = now.toISOString();
    const facts = await senderFacts(db, ownerId, fromId);
    const outsider = isOutsider({ ...facts, now });
    const weight =
      kind === 'follow' && outsider
        ? arrivalWeight({ kind, tone: null, senderCreatedAt: facts.senderCreatedAt, now })
        : 0;
    await insertTraffic(db, {
      id: ids(),
      owner_id: ownerId,
      from_account_id: fromId,
      kind,
      post_id: input.postId,
      outsider: outsider ? 1 : 0,
      weight,
      received_at: at,
    });
    if (isActive(row) && outsider) {
      await insertHeld(db, {
        id: ids(),
        owner_id: ownerId,
        kind,
        from_account_id: fromId,
        post_id: input.postId,
        state: 'held',
        received_at: at,
        decided_at: null,
        decided_by: null,
        reported_at: null,
      });
      return true;
    }
    // The baseline learns from what the person actually receives.
    const start = row?.baseline_at ? row.baseline_rate : await initialBaseline(ownerId, now);
    const since = row?.baseline_at ? new Date(row.baseline_at) : now;
    await writeShield(
      db,
      ownerId,
      { baseline_rate: bumpBaseline(start, since, now), baseline_at: at },
      at,
    );
    if (weight > 0) await evaluate(ownerId);
    return false;
  }

  /**
   * Once the engine has scored a post (post_tones), weighs every arrival it made and looks for
   * a surge at each person it reached.
   */
  async function postAnalysed(postId: string): Promise<void> {
    // The tone first (one key lookup): a kind or neutral post weighs nothing whoever it reached,
    // so the common case ends here without reading the traffic.
    const tone = await db
      .selectFrom('post_tones')
      .selectAll()
      .where('post_id', '=', postId)
      .executeTakeFirst();
    if (!tone || !mayWeigh(tone)) return;
    const arrivals = await trafficOfPost(db, postId);
    if (arrivals.length === 0) return;
    const [author] = await Promise.all([
      db
        .selectFrom('posts as p')
        .innerJoin('accounts as a', 'a.id', 'p.account_id')
        .select('a.created_at')
        .where('p.id', '=', postId)
        .executeTakeFirst(),
    ]);
    if (!author) return;
    const now = clock.now();
    for (const arrival of arrivals) {
      if (arrival.outsider !== 1) continue;
      const weight = arrivalWeight({
        kind: arrival.kind,
        tone,
        senderCreatedAt: new Date(author.created_at),
        now,
      });
      if (weight <= 0) continue;
      await setTrafficWeight(db, arrival.id, weight);
      await evaluate(arrival.owner_id);
    }
  }

  async function measure(ownerId: string, row: ShieldRow, now: Date): Promise<SurgeVerdict> {
    const sensitivity = await sensitivityOf(row);
    const loads = new Map<number, { load: number; outsiders: number }>();
    for (const hours of windowHours(sensitivity)) {
      loads.set(
        hours,
        await windowLoad(db, ownerId, new Date(now.getTime() - hours * HOUR).toISOString()),
      );
    }
    return judgeWindows({
      loads: (hours) => loads.get(hours) ?? { load: 0, outsiders: 0 },
      baselinePerHour: decayedBaseline(
        row.baseline_rate,
        row.baseline_at ? new Date(row.baseline_at) : null,
        now,
      ),
      sensitivity,
    });
  }

  /** Looks for a surge against one person, and switches the shield on (once) if there is one. */
  async function evaluate(ownerId: string): Promise<void> {
    const row = await readShield(db, ownerId);
    if (row?.mode !== 'auto') return;
    const now = clock.now();
    const recent =
      row.last_surge_at && now.getTime() - Date.parse(row.last_surge_at) < SURGE_REFRESH_MS;
    if (row.active === 1 && recent) return;
    const verdict = await measure(ownerId, row, now);
    if (!verdict.surge) return;
    const at = now.toISOString();
    if (row.active === 1) {
      await writeShield(db, ownerId, { last_surge_at: at }, at);
      return;
    }
    // Conditional: of two requests that both see the surge, one switches the shield on and
    // sends the notices; the other changes nothing.
    const switched = await db
      .updateTable('shield_settings')
      .set({ active: 1, activated_at: at, reason: 'surge', last_surge_at: at, updated_at: at })
      .where('account_id', '=', ownerId)
      .where('active', '=', 0)
      .executeTakeFirst();
    if (Number(switched.numUpdatedRows) !== 1) return;
    await holdLate(ownerId, new Date(now.getTime() - verdict.windowHours * HOUR).toISOString());
    await notice(ownerId, ownerId, 'empathie.shield');
    for (const allyId of await allies.activeAllyIds(ownerId)) {
      await notice(allyId, ownerId, 'empathie.shield.ally');
    }
    await scheduleQuietCheck(ownerId, now, await quietMs());
    await deps.events?.publish({ type: 'shield.switched_on', accountId: ownerId });
  }

  /** The surge that switched the shield on goes to the folder too, and out of notifications. */
  async function holdLate(ownerId: string, since: string): Promise<void> {
    for (const arrival of await hurtfulNotHeld(db, ownerId, since)) {
      await insertHeld(db, {
        id: ids(),
        owner_id: ownerId,
        kind: arrival.kind,
        from_account_id: arrival.from_account_id,
        post_id: arrival.post_id,
        state: 'held',
        received_at: arrival.received_at,
        decided_at: null,
        decided_by: null,
        reported_at: null,
      });
      for (const type of notificationTypes(arrival.kind)) {
        await deps.withdraw(ownerId, arrival.from_account_id, type, arrival.post_id);
      }
    }
  }

  async function notice(
    recipientId: string,
    aboutId: string,
    type: NotificationType,
  ): Promise<void> {
    await db
      .insertInto('notifications')
      .values({
        id: ids(),
        account_id: recipientId,
        from_account_id: aboutId,
        type,
        post_id: null,
        created_at: clock.now().toISOString(),
      })
      .execute();
  }

  async function quietMs(): Promise<number> {
    return (await deps.defaults()).quietHours * HOUR;
  }

  async function scheduleQuietCheck(ownerId: string, from: Date, ms: number): Promise<void> {
    await jobs.enqueue(QUIET_QUEUE, { accountId: ownerId }, new Date(from.getTime() + ms));
  }

  /**
   * The durable job that switches an automatic shield off after the quiet period: if a surge
   * came since, it schedules itself again at the new end of the quiet period.
   */
  async function quietCheck(payload: unknown): Promise<void> {
    const accountId =
      typeof payload === 'object' && payload !== null && 'accountId' in payload
        ? String((payload as { accountId: unknown }).accountId)
        : '';
    const row = await readShield(db, accountId);
    if (row?.mode !== 'auto' || row.active !== 1) return;
    const now = clock.now();
    const quiet = await quietMs();
    const lastSurge = Date.parse(row.last_surge_at ?? row.activated_at ?? now.toISOString());
    if (now.getTime() - lastSurge < quiet) {
      await scheduleQuietCheck(accountId, new Date(lastSurge), quiet);
      return;
    }
    const at = now.toISOString();
    const off = await db
      .updateTable('shield_settings')
      .set({ active: 0, reason: null, updated_at: at })
      .where('account_id', '=', accountId)
      .where('active', '=', 1)
      .executeTakeFirst();
    if (Number(off.numUpdatedRows) !== 1) return;
    await notice(accountId, accountId, 'empathie.shield.off');
    await pruneTraffic(db, accountId, new Date(now.getTime() - TRAFFIC_KEPT_MS).toISOString());
  }

  async function status(ownerId: string): Promise<ShieldStatus> {
    const [row, heldCount] = await Promise.all([readShield(db, ownerId), countHeld(db, ownerId)]);
    return {
      mode: row?.mode ?? 'auto',
      active: isActive(row),
      activatedAt: isActive(row) ? (row?.activated_at ?? null) : null,
      reason: isActive(row) ? (row?.reason ?? null) : null,
      heldCount,
      sensitivity: await sensitivityOf(row),
      sensitivityIsDefault: !isShieldSensitivity(row?.sensitivity),
    };
  }

  /** The person switches the shield by hand (on, off, or back to automatic). */
  async function configure(
    ownerId: string,
    changes: { mode?: ShieldMode | undefined; sensitivity?: ShieldSensitivity | null | undefined },
  ): Promise<ShieldStatus> {
    const row = await readShield(db, ownerId);
    const now = clock.now();
    const at = now.toISOString();
    const set: Parameters<typeof writeShield>[2] = {};
    if (changes.sensitivity !== undefined) set.sensitivity = changes.sensitivity;
    if (changes.mode !== undefined && changes.mode !== row?.mode) {
      set.mode = changes.mode;
      const wasActive = isActive(row);
      switch (changes.mode) {
        case 'on':
          set.active = 1;
          set.activated_at = wasActive ? (row?.activated_at ?? at) : at;
          set.reason = wasActive ? (row?.reason ?? 'manual') : 'manual';
          break;
        case 'off':
          set.active = 0;
          set.reason = null;
          break;
        case 'auto':
          // Left on by hand, it stays on and ends like an automatic one, after a quiet period.
          if (wasActive) {
            set.active = 1;
            set.last_surge_at = at;
            await scheduleQuietCheck(ownerId, now, await quietMs());
          }
          break;
        default: {
          const unexpected: never = changes.mode;
          throw new Error(`unknown mode ${String(unexpected)}`);
        }
      }
    }
    if (Object.keys(set).length > 0 || !row) await writeShield(db, ownerId, set, at);
    return status(ownerId);
  }

  return { isHeld, postAnalysed, evaluate, quietCheck, status, configure };
}

/** The notification types an item of the folder may have produced. */
export function notificationTypes(kind: IncomingKind): NotificationType[] {
  switch (kind) {
    case 'reply':
      return ['reply'];
    case 'mention':
    case 'direct':
      return ['mention'];
    case 'follow':
      return ['follow', 'follow_request'];
    default: {
      const unexpected: never = kind;
      throw new Error(`unknown kind ${String(unexpected)}`);
    }
  }
}
