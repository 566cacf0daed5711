import type { Person } from './browser.ts';

// What a journey reads or sets through the API with the person's own session, exactly as the web
// app would (its HttpOnly cookie and the `X-Empathie-Web` header): for the checks a screen cannot
// show (a stored score) and for set-up that is not the story being told.

export interface CoachSettingsPatch {
  coach_enabled?: boolean;
  sensitivity?: 'off' | 'low' | 'medium' | 'high';
  cool_down_minutes?: number;
  undo_seconds?: number;
}

/** An API call with the person's session, as the web app makes it; throws on a 4xx or 5xx. */
export async function call<T>(
  person: Person,
  method: string,
  path: string,
  body?: unknown,
): Promise<T> {
  const script = `(async () => {
    const init = { method: ${JSON.stringify(method)}, headers: { 'X-Empathie-Web': '1' } };
    const body = ${JSON.stringify(body === undefined ? null : JSON.stringify(body))};
    if (body !== null) { init.body = body; init.headers['Content-Type'] = 'application/json'; }
    const response = await fetch(${JSON.stringify(path)}, init);
    return { status: response.status, body: await response.json().catch(() => null) };
  })()`;
  const answer = (await person.page.evaluate(script)) as { status: number; body: T };
  if (answer.status >= 400) {
    throw new Error(`${method} ${path} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  }
  return answer.body;
}

export function patchCoachSettings(person: Person, patch: CoachSettingsPatch): Promise<unknown> {
  return call(person, 'PATCH', '/api/empathie/v1/coach/settings', patch);
}

/** The score the server stored with a post (`empathie.tone`), as its author reads it. */
export async function storedTone(
  person: Person,
  statusId: string,
): Promise<Record<string, number>> {
  const status = await call<{ empathie?: { tone?: Record<string, number> } }>(
    person,
    'GET',
    `/api/v1/statuses/${statusId}`,
  );
  return status.empathie?.tone ?? {};
}

export function scheduledPosts(
  person: Person,
): Promise<{ id: string; params: { text: string } }[]> {
  return call(person, 'GET', '/api/v1/scheduled_statuses');
}

export function ownStatuses(person: Person, accountId: string): Promise<{ content: string }[]> {
  return call(person, 'GET', `/api/v1/accounts/${accountId}/statuses?limit=40`);
}

export async function myAccountId(person: Person): Promise<string> {
  const me = await call<{ id: string }>(person, 'GET', '/api/v1/accounts/verify_credentials');
  return me.id;
}
