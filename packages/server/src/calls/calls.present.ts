import { type SerializerContext, serializeAccount } from '../api/mastodon/account.serializer.ts';
import type { ExtensibleStatus, StatusExtension } from '../gentle/status-extension.ts';
import { findAccountsByIds } from '../posts/posts.repository.ts';
import {
  type CallRow,
  callsByStatusIds,
  type Db,
  isOrganiser,
  joinedCounts,
  offeredSkills,
  organisersOf,
  participationsOf,
  publicNotes,
  skillsOf,
  updatesOf,
  volunteerCounts,
} from './calls.repository.ts';

export type CallJson = Awaited<ReturnType<typeof presentCalls>>[number];

/** Calls as the API serves them to one viewer, in batch: a handful of queries per page. */
export async function presentCalls(
  db: Db,
  rows: CallRow[],
  viewerId: string | null,
  ctx: SerializerContext,
) {
  const ids = rows.map((r) => r.id);
  const [skills, joined, counts, organisers, mine, offered] = await Promise.all([
    skillsOf(db, ids),
    joinedCounts(db, ids),
    volunteerCounts(db, ids),
    organisersOf(db, ids),
    viewerId ? participationsOf(db, ids, viewerId) : [],
    viewerId ? offeredSkills(db, ids, viewerId) : [],
  ]);
  const accounts = await findAccountsByIds(db, [...new Set(organisers.map((o) => o.account_id))]);
  const accountById = new Map(accounts.map((a) => [a.id, a]));
  const mineByCall = new Map(mine.map((m) => [m.call_id, m]));
  const mySkills = new Map<string, string[]>();
  for (const o of offered)
    mySkills.set(o.call_id, [...(mySkills.get(o.call_id) ?? []), o.name_key]);
  return rows.map((r) => {
    const own = mineByCall.get(r.id);
    const callSkills = skills.filter((s) => s.call_id === r.id);
    const nameOf = new Map(callSkills.map((s) => [s.name_key, s.name]));
    const callOrganisers = organisers.filter((o) => o.call_id === r.id);
    return {
      id: r.id,
      status_id: r.status_id,
      title: r.title,
      description: r.description,
      skills: callSkills.map((s) => ({
        name: s.name,
        wanted: s.wanted,
        joined: joined.get(`${r.id} ${s.name_key}`) ?? 0,
      })),
      volunteers_count: counts.get(r.id) ?? 0,
      deadline: r.deadline,
      flash_at: r.flash_at,
      place: r.place,
      state: r.state,
      outcome: r.outcome,
      created_at: r.created_at,
      closed_at: r.closed_at,
      joined_by_me: own !== undefined,
      organised_by_me: viewerId !== null && callOrganisers.some((o) => o.account_id === viewerId),
      my_participation: own
        ? {
            skills: (mySkills.get(r.id) ?? []).map((k) => nameOf.get(k) ?? k),
            note: own.note,
            note_visibility: own.note_visibility,
          }
        : null,
      organisers: callOrganisers.flatMap((o) => {
        const a = accountById.get(o.account_id);
        return a ? [serializeAccount(a, ctx)] : [];
      }),
    };
  });
}

/**
 * The call page: the call, its public updates, the public notes of volunteers, and, for the
 * volunteers and organisers, the messages meant for them.
 */
export async function presentCallDetail(
  db: Db,
  row: CallRow,
  viewerId: string | null,
  ctx: SerializerContext,
) {
  const [call] = await presentCalls(db, [row], viewerId, ctx);
  if (!call) throw new Error('presentCalls lost a call');
  const insider =
    viewerId !== null && (call.joined_by_me || (await isOrganiser(db, row.id, viewerId)));
  const [updates, notes] = await Promise.all([
    updatesOf(db, row.id, insider ? ['public', 'volunteers'] : ['public']),
    publicNotes(db, row.id, 20),
  ]);
  const people = await findAccountsByIds(db, [
    ...new Set([...updates.map((u) => u.account_id), ...notes.map((n) => n.account_id)]),
  ]);
  const byId = new Map(people.map((a) => [a.id, a]));
  return {
    ...call,
    updates: updates.flatMap((u) => {
      const a = byId.get(u.account_id);
      return a
        ? [
            {
              id: u.id,
              audience: u.audience,
              status_id: u.status_id,
              text: u.text,
              created_at: u.created_at,
              account: serializeAccount(a, ctx),
            },
          ]
        : [];
    }),
    notes: notes.flatMap((n) => {
      const a = byId.get(n.account_id);
      return a ? [{ text: n.note, account: serializeAccount(a, ctx) }] : [];
    }),
  };
}

/** Adds `empathie.call` to every status of the page that carries a call. */
export function callStatusExtension(db: Db, ctx: SerializerContext): StatusExtension {
  return async (statuses, viewerId) => {
    const all: ExtensibleStatus[] = statuses.flatMap((s) => (s.reblog ? [s, s.reblog] : [s]));
    const rows = await callsByStatusIds(db, [...new Set(all.map((s) => s.id))]);
    if (rows.length === 0) return;
    const calls = await presentCalls(db, rows, viewerId, ctx);
    const byStatus = new Map(calls.map((c) => [c.status_id, c]));
    for (const s of all) {
      const call = byStatus.get(s.id);
      if (call) s.empathie = { ...s.empathie, call } as typeof s.empathie;
    }
  };
}
