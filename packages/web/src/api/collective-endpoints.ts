import type { ApiClient } from './api-client.ts';
import type { Account, Visibility } from './mastodon.types.ts';

const base = '/api/empathie/v1/calls';
const enc = encodeURIComponent;

/** A call to action as the server serves it (docs/api.md, "Calls to action"). */
export interface Call {
  id: string;
  status_id: string;
  title: string;
  description: string;
  skills: Array<{ name: string; wanted: number; joined: number }>;
  volunteers_count: number;
  deadline: string;
  flash_at: string | null;
  place: string | null;
  state: 'open' | 'closed';
  outcome: string | null;
  created_at: string;
  closed_at: string | null;
  joined_by_me: boolean;
  organised_by_me: boolean;
  my_participation: {
    skills: string[];
    note: string | null;
    note_visibility: NoteVisibility;
  } | null;
  organisers: Account[];
  /** A call of another Empathie server: joined on its own page there (`origin_url`). */
  remote?: boolean;
  origin_url?: string;
  origin?: string;
}

export type NoteVisibility = 'public' | 'organisers';

export interface CallUpdate {
  id: string;
  audience: 'public' | 'volunteers';
  status_id: string | null;
  text: string;
  created_at: string;
  account: Account;
}

export type CallDetail = Call & {
  updates: CallUpdate[];
  notes: Array<{ text: string; account: Account }>;
};

export interface Volunteer {
  id: string;
  account: Account;
  skills: string[];
  note: string | null;
  note_visibility: NoteVisibility;
  joined_at: string;
}

export interface NewCall {
  title: string;
  description: string;
  skills: Array<{ name: string; wanted: number }>;
  deadline: string;
  flash_at?: string;
  place?: string;
  visibility: Exclude<Visibility, 'direct'>;
}

export type CallOrder = 'newest' | 'closing' | 'matching';

export type CallPublishers = 'everyone' | 'moderators' | 'admins';

export interface ProfileSkill {
  name: string;
  public: boolean;
}

/** Calls to action and the skills on one's profile. */
export function createCollectiveEndpoints(api: ApiClient) {
  return {
    calls: (order: CallOrder) =>
      api.request<Call[]>('GET', base, {
        query:
          order === 'matching'
            ? { matching: 'me', state: 'open' }
            : { order, state: 'open', limit: 20 },
      }),
    call: (id: string) => api.request<CallDetail>('GET', `${base}/${enc(id)}`),
    createCall: (input: NewCall) => api.request<CallDetail>('POST', base, { body: input }),
    joinCall: (
      id: string,
      body: { skills: string[]; note?: string; note_visibility: NoteVisibility },
    ) => api.request<CallDetail>('POST', `${base}/${enc(id)}/join`, { body }),
    leaveCall: (id: string) => api.request<CallDetail>('POST', `${base}/${enc(id)}/leave`),
    postCallUpdate: (id: string, text: string) =>
      api.request<CallDetail>('POST', `${base}/${enc(id)}/updates`, { body: { text } }),
    messageVolunteers: (id: string, text: string) =>
      api.request<CallDetail>('POST', `${base}/${enc(id)}/message`, { body: { text } }),
    closeCall: (id: string, outcome: string) =>
      api.request<CallDetail>('POST', `${base}/${enc(id)}/close`, { body: { outcome } }),
    addCoOrganiser: (id: string, accountId: string) =>
      api.request<CallDetail>('POST', `${base}/${enc(id)}/organisers`, {
        body: { account_id: accountId },
      }),
    volunteers: (id: string) =>
      api.request<Volunteer[]>('GET', `${base}/${enc(id)}/volunteers`, { query: { limit: 40 } }),
    exportVolunteers: (id: string) => api.download(`${base}/${enc(id)}/volunteers.csv`),
    callSettings: () => api.request<{ publishers: CallPublishers }>('GET', `${base}/settings`),
    saveCallSettings: (publishers: CallPublishers) =>
      api.request<{ publishers: CallPublishers }>('PUT', `${base}/settings`, {
        body: { publishers },
      }),
    mySkills: () => api.request<ProfileSkill[]>('GET', '/api/empathie/v1/profile/skills'),
    saveMySkills: (skills: ProfileSkill[]) =>
      api.request<ProfileSkill[]>('PUT', '/api/empathie/v1/profile/skills', { body: { skills } }),
    publicSkills: (accountId: string) =>
      api.request<ProfileSkill[]>('GET', `/api/empathie/v1/accounts/${enc(accountId)}/skills`),
  };
}

/** A support circle (docs/api.md, "Support circles"); counts are for the person only. */
export interface Circle {
  id: string;
  account: Account | null;
  state: 'open' | 'closed';
  created_at: string;
  closed_at: string | null;
  is_mine: boolean;
  can_write: boolean;
  supporters_count: number | null;
  messages_count: number | null;
}

export interface CircleMessage {
  id: string;
  text: string;
  created_at: string;
  thanked: boolean;
  account: Account;
}

/** What the coach found in a message refused with 422 (`details.coach`). */
export interface CircleFindings {
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

export interface Spotlight {
  id: string;
  status_id: string;
  text: string;
  created_at: string;
  accepted: boolean;
  author: Account;
  account: Account;
  /** A spotlight of another Empathie server, shown there (`origin_url`). */
  remote?: boolean;
  origin_url?: string;
  origin?: string;
}

export interface Giving {
  spotlights_given: number;
  calls_joined: number;
  support_sent: number;
}

const circles = '/api/empathie/v1/circles';

/** Support circles, spotlights and what people gave. */
export function createSupportEndpoints(api: ApiClient) {
  return {
    circleFor: (accountId: string) =>
      api.request<Circle>('GET', circles, { query: { for_account_id: accountId } }),
    openCircle: (accountId: string) =>
      api.request<Circle>('POST', circles, { body: { for_account_id: accountId } }),
    circleMessages: (id: string) =>
      api.request<CircleMessage[]>('GET', `${circles}/${enc(id)}/messages`, {
        query: { limit: 80 },
      }),
    writeInCircle: (id: string, text: string) =>
      api.request<CircleMessage>('POST', `${circles}/${enc(id)}/messages`, { body: { text } }),
    thankInCircle: (id: string, messageId: string) =>
      api.request<CircleMessage>('POST', `${circles}/${enc(id)}/messages/${enc(messageId)}/thank`),
    acceptInCircle: (id: string, accountId: string) =>
      api.request<Circle>('POST', `${circles}/${enc(id)}/members`, {
        body: { account_id: accountId },
      }),
    closeCircle: (id: string) => api.request<Circle>('POST', `${circles}/${enc(id)}/close`),
    createSpotlight: (accountId: string, text: string) =>
      api.request<Spotlight>('POST', '/api/empathie/v1/spotlights', {
        body: { account_id: accountId, text },
      }),
    acceptSpotlight: (id: string) =>
      api.request<Spotlight>('POST', `/api/empathie/v1/spotlights/${enc(id)}/accept`),
    weekSpotlights: () =>
      api.request<Spotlight[]>('GET', '/api/empathie/v1/spotlights', { query: { period: 'week' } }),
    accountSpotlights: (accountId: string) =>
      api.request<Spotlight[]>('GET', `/api/empathie/v1/accounts/${enc(accountId)}/spotlights`),
    giving: (accountId: string) =>
      api.request<Giving>('GET', `/api/empathie/v1/accounts/${enc(accountId)}/giving`),
  };
}
