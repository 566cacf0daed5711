import { err, ok, type Result } from '../shared/result.ts';
import type { ApiAnswer, DemoClient } from './demo.client.ts';
import { DEMO_PASSWORD } from './demo.people.ts';
import type { DemoEvent, DemoPlan } from './demo.plan.ts';

/** The clock the app under the demo reads: the demo moves it forward through the weeks it plays. */
export interface MovableClock {
  now(): Date;
  advance(ms: number): void;
}

export interface DemoDeps {
  client: DemoClient;
  clock: MovableClock;
  /** Local accounts already on the instance. */
  countAccounts: () => Promise<number>;
  /** Runs the background jobs that are due (home-feed fan-out…), as the server's worker would. */
  runDueJobs: () => Promise<unknown>;
  progress: (line: string) => void;
}

export type DemoError =
  | { type: 'not_empty'; accounts: number }
  | { type: 'request_failed'; step: string; status: number; body: unknown };

export interface DemoSummary {
  people: number;
  follows: number;
  pending: number;
  posts: number;
  replies: number;
  favourites: number;
  reblogs: number;
  /** Username of the first person, who became the instance's admin (null with --force). */
  admin: string | null;
}

interface Member {
  id: string;
  token: string;
}

function failed(step: string, answer: ApiAnswer): Result<never, DemoError> {
  return err({ type: 'request_failed', step, status: answer.status, body: answer.body });
}

function idOf(body: unknown): string {
  return String((body as { id?: unknown } | null)?.id ?? '');
}

/**
 * Plays the demo plan against a running app, moving its clock forward so every post, follow and
 * favourite carries a date in the weeks before now. Refuses an instance that already has
 * accounts unless `force`.
 */
export async function runDemo(
  deps: DemoDeps,
  plan: DemoPlan,
  force: boolean,
): Promise<Result<DemoSummary, DemoError>> {
  const { client, clock, progress } = deps;
  const existing = await deps.countAccounts();
  if (existing > 0 && !force) return err({ type: 'not_empty', accounts: existing });
  const start = clock.now().getTime();
  const members: Member[] = [];
  const posts: string[] = [];
  const summary: DemoSummary = {
    people: 0,
    follows: 0,
    pending: plan.counts.pending,
    posts: 0,
    replies: 0,
    favourites: 0,
    reblogs: 0,
    admin: existing === 0 ? (plan.people[0]?.username ?? null) : null,
  };
  const member = (i: number) => members[i] as Member;
  let restoreMode: string | null = null;
  const report = (label: string, done: number, total: number, every: number) => {
    if (done % every === 0 || done === total) progress(`  ${done}/${total} ${label}`);
  };

  const steps: Record<DemoEvent['kind'], (e: never) => Promise<Result<null, DemoError>>> = {
    join: async (e: Extract<DemoEvent, { kind: 'join' }>) => {
      const joined = await join(client, plan, e.person);
      if (!joined.ok) return joined;
      members[e.person] = joined.value;
      if (e.person === 0 && existing === 0) {
        // The first person is the admin: let the others in whatever the registration mode.
        const opened = await openRegistrations(client, joined.value.token);
        if (!opened.ok) return opened;
        restoreMode = opened.value;
      }
      summary.people++;
      report('people', summary.people, plan.counts.people, 3);
      return ok(null);
    },
    follow: async (e: Extract<DemoEvent, { kind: 'follow' }>) => {
      const a = await client.call(
        'POST',
        `/api/v1/accounts/${member(e.target).id}/follow`,
        member(e.person).token,
      );
      if (a.status !== 200) return failed(`follow ${e.person}→${e.target}`, a);
      summary.follows++;
      report('follows', summary.follows, plan.counts.follows, 20);
      return ok(null);
    },
    authorize: async (e: Extract<DemoEvent, { kind: 'authorize' }>) => {
      const a = await client.call(
        'POST',
        `/api/v1/follow_requests/${member(e.requester).id}/authorize`,
        member(e.person).token,
      );
      // With --force on a second run the follow already exists, so there is no request to accept.
      if (a.status === 200 || (force && a.status === 404)) return ok(null);
      return failed('authorize a follow request', a);
    },
    post: async (e: Extract<DemoEvent, { kind: 'post' }>) => {
      const a = await client.call('POST', '/api/v1/statuses', member(e.person).token, {
        status: e.text,
        visibility: e.visibility,
        spoiler_text: e.spoilerText,
        language: e.language,
        ...(e.replyTo === null ? {} : { in_reply_to_id: posts[e.replyTo] }),
      });
      if (a.status !== 200) return failed(`post ${e.ref}`, a);
      posts[e.ref] = idOf(a.body);
      summary.posts++;
      if (e.replyTo !== null) summary.replies++;
      report('posts', summary.posts, plan.counts.posts, 50);
      return ok(null);
    },
    favourite: async (e: Extract<DemoEvent, { kind: 'favourite' }>) => {
      const path = `/api/v1/statuses/${posts[e.post]}/favourite`;
      const a = await client.call('POST', path, member(e.person).token);
      if (a.status !== 200) return failed('favourite', a);
      summary.favourites++;
      return ok(null);
    },
    reblog: async (e: Extract<DemoEvent, { kind: 'reblog' }>) => {
      const path = `/api/v1/statuses/${posts[e.post]}/reblog`;
      const a = await client.call('POST', path, member(e.person).token);
      if (a.status !== 200) return failed('share', a);
      summary.reblogs++;
      return ok(null);
    },
  };

  try {
    for (const event of plan.events) {
      const lag = start + event.at - clock.now().getTime();
      if (lag > 0) clock.advance(lag);
      const done = await steps[event.kind](event as never);
      if (!done.ok) return done;
      // Favourites are most of the events and start no background work today; jobs they might
      // start later run with the next event's drain, or the final one.
      if (event.kind !== 'favourite') await deps.runDueJobs();
    }
    await deps.runDueJobs();
  } finally {
    if (restoreMode) {
      await client.call('PATCH', '/api/empathie/v1/admin/settings', member(0).token, {
        registration_mode: restoreMode,
      });
    }
  }
  progress(`  ${summary.favourites} favourites, ${summary.reblogs} shares`);
  return ok(summary);
}

/** Signs a person up and fills in their profile; with `--force`, logs in if the name is taken. */
async function join(
  client: DemoClient,
  plan: DemoPlan,
  index: number,
): Promise<Result<Member, DemoError>> {
  const person = plan.people[index];
  if (!person) throw new Error(`no demo person ${index}`);
  const signUp = await client.call('POST', '/api/v1/accounts', null, {
    username: person.username,
    email: `${person.username}@demo.empathie.example`,
    password: DEMO_PASSWORD,
    agreement: true,
    locale: person.uiLanguage,
  });
  let token = String((signUp.body as { access_token?: unknown } | null)?.access_token ?? '');
  if (signUp.status !== 200) {
    const logIn = await client.call('POST', '/oauth/token', null, {
      grant_type: 'password',
      username: person.username,
      password: DEMO_PASSWORD,
    });
    if (logIn.status !== 200) return failed(`sign up ${person.username}`, signUp);
    token = String((logIn.body as { access_token?: unknown } | null)?.access_token ?? '');
  }
  const profile = await client.call('PATCH', '/api/v1/accounts/update_credentials', token, {
    display_name: person.displayName,
    note: person.bio,
    locked: person.locked,
  });
  if (profile.status !== 200) return failed(`profile of ${person.username}`, profile);
  const intention = await client.call('PUT', '/api/empathie/v1/intention', token, {
    intention: person.intention,
  });
  if (intention.status !== 200) return failed(`intention of ${person.username}`, intention);
  const preferences = await client.call('PATCH', '/api/empathie/v1/preferences', token, {
    ui_language: person.uiLanguage,
  });
  if (preferences.status !== 200) return failed(`preferences of ${person.username}`, preferences);
  return ok({ id: idOf(profile.body), token });
}

/** Opens registrations for the demo; returns the mode to restore afterwards (null: was open). */
async function openRegistrations(
  client: DemoClient,
  adminToken: string,
): Promise<Result<string | null, DemoError>> {
  const settings = await client.call('GET', '/api/empathie/v1/admin/settings', adminToken);
  if (settings.status !== 200) return failed('read the registration mode', settings);
  const mode = String((settings.body as { registration_mode?: unknown }).registration_mode);
  if (mode === 'open') return ok(null);
  const opened = await client.call('PATCH', '/api/empathie/v1/admin/settings', adminToken, {
    registration_mode: 'open',
  });
  return opened.status === 200 ? ok(mode) : failed('open registrations', opened);
}
