import type { Kysely } from 'kysely';
import type { PageParams } from '../db/pagination.ts';
import type { Database, Visibility } from '../db/schema.ts';
import type { Clock } from '../shared/clock.ts';
import type { IdGenerator } from '../shared/ids.ts';
import { err, ok, type Result } from '../shared/result.ts';
import {
  type DraftRow,
  deleteOwnDraft,
  findOwnDraft,
  insertDraft,
  listOwnDrafts,
  updateOwnDraft,
} from './drafts.repository.ts';

export interface DraftInput {
  text: string;
  spoilerText: string;
  visibility: Visibility;
  language: string | null;
  inReplyToId: string | null;
}

export type DraftError =
  | { kind: 'not_found' }
  | { kind: 'empty' }
  | { kind: 'too_long'; max: number; length: number };

export type DraftsService = ReturnType<typeof createDraftsService>;

/**
 * Drafts exist only because their author chose to save one (the coach never stores text on its
 * own), and only their author ever reads them.
 */
export function createDraftsService(deps: {
  db: Kysely<Database>;
  clock: Clock;
  ids: IdGenerator;
  maxPostChars: () => Promise<number>;
}) {
  const { db, clock, ids } = deps;

  // Same rule as a post: the content warning counts with the text, in code points.
  async function check(input: DraftInput): Promise<DraftError | null> {
    if (input.text.trim() === '' && input.spoilerText.trim() === '') return { kind: 'empty' };
    const max = await deps.maxPostChars();
    const length = [...input.text].length + [...input.spoilerText].length;
    return length > max ? { kind: 'too_long', max, length } : null;
  }

  const columns = (input: DraftInput) => ({
    text: input.text,
    spoiler_text: input.spoilerText,
    visibility: input.visibility,
    language: input.language,
    in_reply_to_id: input.inReplyToId,
  });

  async function create(
    accountId: string,
    input: DraftInput,
  ): Promise<Result<DraftRow, DraftError>> {
    const problem = await check(input);
    if (problem) return err(problem);
    const now = clock.now().toISOString();
    const row: DraftRow = {
      id: ids(),
      account_id: accountId,
      ...columns(input),
      created_at: now,
      updated_at: now,
    };
    await insertDraft(db, row);
    return ok(row);
  }

  async function get(accountId: string, id: string): Promise<Result<DraftRow, DraftError>> {
    const row = await findOwnDraft(db, accountId, id);
    return row ? ok(row) : err({ kind: 'not_found' });
  }

  async function replace(
    accountId: string,
    id: string,
    input: DraftInput,
  ): Promise<Result<DraftRow, DraftError>> {
    // Existence first, so a stranger probing someone's draft id learns nothing from a 422.
    if (!(await findOwnDraft(db, accountId, id))) return err({ kind: 'not_found' });
    const problem = await check(input);
    if (problem) return err(problem);
    const changed = await updateOwnDraft(db, accountId, id, {
      ...columns(input),
      updated_at: clock.now().toISOString(),
    });
    if (!changed) return err({ kind: 'not_found' });
    return get(accountId, id);
  }

  async function remove(accountId: string, id: string): Promise<Result<null, DraftError>> {
    return (await deleteOwnDraft(db, accountId, id)) ? ok(null) : err({ kind: 'not_found' });
  }

  const list = (accountId: string, page: PageParams) => listOwnDrafts(db, accountId, page);

  return { create, get, replace, remove, list };
}
