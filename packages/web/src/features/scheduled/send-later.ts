import { useCallback } from 'react';
import type { ApiResult } from '../../api/api-client.ts';
import type { ScheduledStatus } from '../../api/empathie.types.ts';
import type { NewStatus } from '../../api/endpoints.ts';
import type { PublishAnswer } from '../../api/scheduled-endpoints.ts';
import { useApi } from '../../app/services-context.tsx';
import { useCoachSettings } from '../coach/use-coach-settings.ts';
import { buildSendLater, DEFAULT_COOL_DOWN_MINUTES } from './scheduled-rules.ts';

export interface SendLaterDeps {
  publishStatus: (input: NewStatus, idempotencyKey: string) => Promise<ApiResult<PublishAnswer>>;
  now: () => number;
  newKey: () => string;
}

/**
 * Sends a post after a cool-down: `POST /api/v1/statuses` with `scheduled_at` = now + minutes.
 * The answer is the waiting post (listed on /scheduled until it leaves).
 */
export async function sendLater(
  deps: SendLaterDeps,
  params: NewStatus,
  minutes: number,
  idempotencyKey: string = deps.newKey(),
): Promise<ApiResult<ScheduledStatus>> {
  const result = await deps.publishStatus(
    buildSendLater(params, minutes, deps.now()),
    idempotencyKey,
  );
  // With `scheduled_at` the server always answers the waiting post, never a Status.
  return result as ApiResult<ScheduledStatus>;
}

/**
 * `sendLater` bound to this app's API and the person's cool-down: the pause panel calls
 * `send(params)` (their `cool_down_minutes`) or `send(params, minutes)`.
 */
export function useSendLater(signedIn = true) {
  const api = useApi();
  const settings = useCoachSettings(signedIn);
  const coolDown = settings?.cool_down_minutes ?? DEFAULT_COOL_DOWN_MINUTES;
  const send = useCallback(
    (params: NewStatus, minutes: number = coolDown, idempotencyKey?: string) =>
      sendLater(
        { publishStatus: api.publishStatus, now: Date.now, newKey: () => crypto.randomUUID() },
        params,
        minutes,
        idempotencyKey,
      ),
    [api, coolDown],
  );
  return { send, coolDownMinutes: coolDown };
}
