/**
 * Table types of calls to action and profile skills, declared beside them and merged into the
 * `Database` interface (migration 0017 creates them).
 */

export interface CallTable {
  id: string;
  /** The status that carries the call into timelines. */
  status_id: string;
  account_id: string;
  title: string;
  description: string;
  /** ISO times. */
  deadline: string;
  flash_at: string | null;
  place: string | null;
  state: 'open' | 'closed';
  outcome: string | null;
  created_at: string;
  closed_at: string | null;
}

export interface CallSkillTable {
  call_id: string;
  /** As the organiser wrote it; `name_key` (lower case, trimmed) matches. */
  name: string;
  name_key: string;
  wanted: number;
  position: number;
}

export interface CallOrganiserTable {
  call_id: string;
  account_id: string;
  added_at: string;
}

export interface CallVolunteerTable {
  /** Cursor of the volunteers list. */
  id: string;
  call_id: string;
  account_id: string;
  note: string | null;
  note_visibility: 'public' | 'organisers';
  joined_at: string;
}

export interface CallVolunteerSkillTable {
  call_id: string;
  account_id: string;
  name_key: string;
}

/** An update (public, also a reply in the call's thread) or a message to volunteers only. */
export interface CallUpdateTable {
  id: string;
  call_id: string;
  account_id: string;
  audience: 'public' | 'volunteers';
  status_id: string | null;
  text: string;
  created_at: string;
}

/**
 * One row per notice delivered to one person (`key`: `reminder`, `flash`, `closed`, `update:ID`):
 * the primary key makes a fan-out job that runs twice (a worker that died, a restart) notify
 * nobody twice.
 */
export interface CallDeliveryTable {
  call_id: string;
  key: string;
  account_id: string;
  delivered_at: string;
}

export interface AccountSkillTable {
  account_id: string;
  name: string;
  name_key: string;
  /** 0: used for matching only, never shown to anyone else. */
  public: number;
  position: number;
}

declare module '../db/schema.ts' {
  interface Database {
    calls: CallTable;
    call_skills: CallSkillTable;
    call_organisers: CallOrganiserTable;
    call_volunteers: CallVolunteerTable;
    call_volunteer_skills: CallVolunteerSkillTable;
    call_updates: CallUpdateTable;
    call_deliveries: CallDeliveryTable;
    account_skills: AccountSkillTable;
  }
}
