import type { Kysely } from 'kysely';
import type { Database } from '../db/schema.ts';
import type { Clock } from '../shared/clock.ts';
import {
  type CoachSettingsChanges,
  readInstanceCoachDefaults,
  readPersonalCoachSettings,
  readSensitivities,
  type StoredCoachSettings,
  writeInstanceCoachDefaults,
  writePersonalCoachSettings,
} from './coach-settings.repository.ts';
import { isSensitivity, type Sensitivity } from './sensitivity.ts';

/** The settings the composer and gentle reading act on, every value resolved. */
export interface CoachSettings {
  coachEnabled: boolean;
  sensitivity: Sensitivity;
  coolDownMinutes: number;
  undoSeconds: number;
}

/** What an instance starts with before its admin changes anything. */
export const BUILT_IN_COACH_DEFAULTS: CoachSettings = {
  coachEnabled: true,
  sensitivity: 'medium',
  coolDownMinutes: 10,
  undoSeconds: 30,
};

export const COOL_DOWN_RANGE = { min: 1, max: 1440 } as const;
export const UNDO_RANGE = { min: 0, max: 300 } as const;

/** Fills unset values from `fallback`; a stored value out of range also falls back. */
function resolve(stored: StoredCoachSettings, fallback: CoachSettings): CoachSettings {
  const inRange = (n: number | null, r: { min: number; max: number }) =>
    n !== null && n >= r.min && n <= r.max;
  return {
    coachEnabled: stored.coachEnabled ?? fallback.coachEnabled,
    sensitivity: isSensitivity(stored.sensitivity) ? stored.sensitivity : fallback.sensitivity,
    coolDownMinutes: inRange(stored.coolDownMinutes, COOL_DOWN_RANGE)
      ? (stored.coolDownMinutes as number)
      : fallback.coolDownMinutes,
    undoSeconds: inRange(stored.undoSeconds, UNDO_RANGE)
      ? (stored.undoSeconds as number)
      : fallback.undoSeconds,
  };
}

export type CoachSettingsService = ReturnType<typeof createCoachSettingsService>;

/**
 * A person's settings fall back, value by value, to the instance defaults, which fall back to
 * the built-in ones. Unset personal values are stored as null (not copied), so an admin's later
 * change of a default reaches everyone who never chose otherwise.
 */
export function createCoachSettingsService(deps: { db: Kysely<Database>; clock: Clock }) {
  const { db, clock } = deps;

  async function instanceDefaults(): Promise<CoachSettings> {
    return resolve(await readInstanceCoachDefaults(db), BUILT_IN_COACH_DEFAULTS);
  }

  async function forPerson(accountId: string): Promise<CoachSettings> {
    const [defaults, personal] = await Promise.all([
      instanceDefaults(),
      readPersonalCoachSettings(db, accountId),
    ]);
    return resolve(personal, defaults);
  }

  /** Effective sensitivity of several people, with two queries whatever their number. */
  async function sensitivities(accountIds: string[]): Promise<Map<string, Sensitivity>> {
    const [defaults, stored] = await Promise.all([
      instanceDefaults(),
      readSensitivities(db, [...new Set(accountIds)]),
    ]);
    return new Map(
      accountIds.map((id) => {
        const own = stored.get(id);
        return [id, isSensitivity(own) ? own : defaults.sensitivity];
      }),
    );
  }

  /** `null` in `changes` resets a value to the instance default. */
  async function updatePersonal(
    accountId: string,
    changes: CoachSettingsChanges,
  ): Promise<CoachSettings> {
    await writePersonalCoachSettings(db, accountId, changes, clock.now().toISOString());
    return forPerson(accountId);
  }

  /** `null` in `changes` resets a default to the built-in value. */
  async function updateInstanceDefaults(changes: CoachSettingsChanges): Promise<CoachSettings> {
    await writeInstanceCoachDefaults(db, changes);
    return instanceDefaults();
  }

  return { instanceDefaults, forPerson, sensitivities, updatePersonal, updateInstanceDefaults };
}
