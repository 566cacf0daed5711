import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Clock } from '../shared/clock.ts';
import type { IdGenerator } from '../shared/ids.ts';
import { type CadenceThresholds, DEFAULT_CADENCE, readCadence } from './cadence.ts';
import {
  accountsByIds,
  bandCandidates,
  contactsSince,
  countSignupsBetween,
  findAccountCreated,
  findAlert,
  findOpenAlert,
  findPostForDetection,
  insertAlert,
  insertContact,
  insertFingerprint,
  insertSignup,
  markPostsInAlert,
  mentionedAccounts,
  postTimes,
  pruneMemory,
  signupsBetween,
  updateAlertEvidence,
} from './coordination.repository.ts';
import type { AlertKind } from './coordination.tables.ts';
import {
  bandsOf,
  decodeSignature,
  encodeSignature,
  signatureOf,
  similarity,
} from './fingerprint.ts';

export interface DetectorThresholds {
  cadence: CadenceThresholds;
  /** Near-identical texts: estimated Jaccard similarity at or above this… */
  copySimilarity: number;
  /** …from at least this many accounts… */
  copyMinAccounts: number;
  /** …within this window. */
  copyWindowMs: number;
  /** Distinct accounts with little history turning to one person within the window. */
  convergenceMinNewcomers: number;
  /** And at least this share of everyone who turned to that person then. */
  convergenceMinShare: number;
  convergenceWindowMs: number;
  /** "Little history": an account younger than this, or with fewer posts than the next. */
  newcomerAgeMs: number;
  newcomerMaxPosts: number;
  /** Sign-ups within the window at or above this, and this many times the day's usual rate. */
  burstMinSignups: number;
  burstRatio: number;
  burstWindowMs: number;
}

export const DEFAULT_THRESHOLDS: DetectorThresholds = {
  cadence: DEFAULT_CADENCE,
  copySimilarity: 0.6,
  copyMinAccounts: 5,
  copyWindowMs: 15 * 60_000,
  convergenceMinNewcomers: 10,
  convergenceMinShare: 0.5,
  convergenceWindowMs: 10 * 60_000,
  newcomerAgeMs: 14 * 86_400_000,
  newcomerMaxPosts: 5,
  burstMinSignups: 15,
  burstRatio: 5,
  burstWindowMs: 10 * 60_000,
};

/** The detector's memory (fingerprints, contacts, sign-ups) lasts two days. */
const MEMORY_MS = 2 * 86_400_000;
/** New evidence joins an open alert about the same subject updated within this time. */
const MERGE_MS = 6 * 3_600_000;
const MAX_ACCOUNTS = 500;
const MAX_POST_IDS = 50;

export type CoordinationDetector = ReturnType<typeof createCoordinationDetector>;

/**
 * Raises alerts for moderators, with the evidence, about likely undeclared automation and
 * coordinated behaviour. It never restricts anyone: a person decides (ADR
 * 0015-bots-and-coordination). Called from jobs, once per new post and per sign-up; every
 * query is an index range over a short window, never a scan of all posts or accounts.
 */
export function createCoordinationDetector(deps: {
  db: Kysely<Database>;
  clock: Clock;
  ids: IdGenerator;
  botsMustDeclare: () => Promise<boolean>;
  thresholds?: Partial<DetectorThresholds>;
}) {
  const { db, clock, ids, botsMustDeclare } = deps;
  const th: DetectorThresholds = { ...DEFAULT_THRESHOLDS, ...deps.thresholds };
  let lastPrune = 0;

  /** Joins an open alert about the same subject, or opens one; returns its id. */
  async function raise(
    kind: AlertKind,
    subject: string,
    accountIds: string[],
    evidence: Record<string, unknown>,
    at: Date,
    existingId?: string,
  ): Promise<string> {
    const atIso = at.toISOString();
    const existing = existingId
      ? await findAlert(db, existingId)
      : await findOpenAlert(db, kind, subject, new Date(at.getTime() - MERGE_MS).toISOString());
    if (existing && existing.state === 'open') {
      const previous = JSON.parse(existing.account_ids) as string[];
      const accounts = [...new Set([...previous, ...accountIds])].slice(0, MAX_ACCOUNTS);
      await updateAlertEvidence(db, existing.id, {
        account_ids: JSON.stringify(accounts),
        evidence: JSON.stringify({ ...evidence, account_count: accounts.length }),
        updated_at: atIso,
      });
      return existing.id;
    }
    const id = ids(at);
    const accounts = [...new Set(accountIds)].slice(0, MAX_ACCOUNTS);
    await insertAlert(db, {
      id,
      kind,
      subject,
      account_ids: JSON.stringify(accounts),
      evidence: JSON.stringify({ ...evidence, account_count: accounts.length }),
      state: 'open',
      decided_by: null,
      decided_at: null,
      created_at: atIso,
      updated_at: atIso,
    });
    return id;
  }

  type Post = NonNullable<Awaited<ReturnType<typeof findPostForDetection>>>;

  async function automation(post: Post, at: number): Promise<void> {
    if (post.bot === 1) return;
    const rows = await postTimes(
      db,
      post.account_id,
      new Date(at - 86_400_000).toISOString(),
      new Date(at).toISOString(),
    );
    const reading = readCadence(
      rows.map((r) => Date.parse(r.created_at)),
      at,
      th.cadence,
    );
    if (reading.signals.length === 0) return;
    await raise(
      'undeclared_automation',
      post.account_id,
      [post.account_id],
      {
        ...reading,
        bots_must_declare: await botsMustDeclare(),
        post_ids: rows.slice(-MAX_POST_IDS).map((r) => r.post_id),
      },
      new Date(at),
    );
  }

  async function copyPaste(post: Post, signature: number[], bands: string[], at: number) {
    const since = new Date(at - th.copyWindowMs).toISOString();
    const candidates = await bandCandidates(db, bands, since, post.id);
    const similar = candidates.flatMap((c) => {
      const other = c.signature ? decodeSignature(c.signature) : null;
      if (!other || Date.parse(c.created_at) > at) return [];
      const s = similarity(signature, other);
      return s >= th.copySimilarity ? [{ ...c, similarity: s }] : [];
    });
    const accounts = new Set([post.account_id, ...similar.map((c) => c.account_id)]);
    if (accounts.size < th.copyMinAccounts) return;
    const existing = similar.find((c) => c.alert_id)?.alert_id ?? undefined;
    const first = similar.reduce(
      (a, c) => (c.created_at < a.created_at ? c : a),
      similar[0] ?? { post_id: post.id, created_at: post.created_at },
    );
    const postIds = [post.id, ...similar.map((c) => c.post_id)];
    const alertId = await raise(
      'copy_paste',
      `campaign:${first.post_id}`,
      [...accounts],
      {
        text: post.text.slice(0, 500),
        post_ids: postIds.slice(0, MAX_POST_IDS),
        posts_in_window: postIds.length,
        min_similarity: Math.min(...similar.map((c) => c.similarity)),
        window_minutes: th.copyWindowMs / 60_000,
        first_at: first.created_at,
        last_at: post.created_at,
      },
      new Date(at),
      existing,
    );
    await markPostsInAlert(db, postIds, alertId);
  }

  async function convergence(post: Post, at: number): Promise<void> {
    const targets = new Set(await mentionedAccounts(db, post.id));
    if (post.in_reply_to_account_id) targets.add(post.in_reply_to_account_id);
    targets.delete(post.account_id);
    if (targets.size === 0) return;
    const age = at - Date.parse(post.account_created_at);
    const newcomer = age < th.newcomerAgeMs || Number(post.statuses_count) < th.newcomerMaxPosts;
    for (const target of targets) {
      await insertContact(db, {
        target_id: target,
        author_id: post.account_id,
        post_id: post.id,
        newcomer: newcomer ? 1 : 0,
        created_at: post.created_at,
      });
      const rows = await contactsSince(
        db,
        target,
        new Date(at - th.convergenceWindowMs).toISOString(),
        new Date(at).toISOString(),
      );
      const everyone = new Set(rows.map((r) => r.author_id));
      const newcomers = new Set(rows.filter((r) => r.newcomer === 1).map((r) => r.author_id));
      if (newcomers.size < th.convergenceMinNewcomers) continue;
      if (newcomers.size / everyone.size < th.convergenceMinShare) continue;
      const [targetRow] = await accountsByIds(db, [target]);
      await raise(
        'convergence',
        `target:${target}`,
        [...newcomers],
        {
          target_id: target,
          target_acct: targetRow
            ? targetRow.domain
              ? `${targetRow.username}@${targetRow.domain}`
              : targetRow.username
            : null,
          newcomers: newcomers.size,
          accounts_in_window: everyone.size,
          window_minutes: th.convergenceWindowMs / 60_000,
          post_ids: rows
            .filter((r) => r.newcomer === 1)
            .map((r) => r.post_id)
            .slice(-MAX_POST_IDS),
          first_at: rows[0]?.created_at ?? post.created_at,
          last_at: post.created_at,
        },
        new Date(at),
      );
    }
  }

  async function prune(now: number): Promise<void> {
    if (now - lastPrune < 3_600_000) return;
    lastPrune = now;
    await pruneMemory(db, new Date(now - MEMORY_MS).toISOString());
  }

  return {
    thresholds: th,

    /** Job handler for a new post of this instance. Idempotent: a rerun adds nothing. */
    async postCreated(postId: string): Promise<void> {
      const post = await findPostForDetection(db, postId);
      if (!post || post.reblog_of_id) return;
      // The post's own time, not the job's: a job that ran late reads the same window.
      const at = Date.parse(post.created_at);
      const signature = signatureOf(post.text);
      const bands = signature ? bandsOf(signature) : [];
      await insertFingerprint(
        db,
        {
          post_id: post.id,
          account_id: post.account_id,
          signature: signature ? encodeSignature(signature) : null,
          alert_id: null,
          created_at: post.created_at,
        },
        bands,
      );
      await automation(post, at);
      if (signature) await copyPaste(post, signature, bands, at);
      await convergence(post, at);
      await prune(clock.now().getTime());
    },

    /** Job handler for a sign-up on this instance. */
    async accountCreated(accountId: string): Promise<void> {
      const account = await findAccountCreated(db, accountId);
      if (!account || account.domain !== null) return;
      const at = Date.parse(account.created_at);
      await insertSignup(db, account.id, account.created_at);
      const windowStart = new Date(at - th.burstWindowMs).toISOString();
      const until = new Date(at).toISOString();
      const recent = await signupsBetween(db, windowStart, until);
      const before = await countSignupsBetween(
        db,
        new Date(at - th.burstWindowMs - 86_400_000).toISOString(),
        windowStart,
      );
      const baseline = before / (86_400_000 / th.burstWindowMs);
      if (recent.length < Math.max(th.burstMinSignups, th.burstRatio * baseline)) return;
      await raise(
        'signup_burst',
        'signups',
        recent.map((r) => r.account_id),
        {
          signups_in_window: recent.length,
          window_minutes: th.burstWindowMs / 60_000,
          usual_per_window: Math.round(baseline * 100) / 100,
          first_at: recent[0]?.created_at ?? account.created_at,
          last_at: account.created_at,
        },
        new Date(at),
      );
    },
  };
}
