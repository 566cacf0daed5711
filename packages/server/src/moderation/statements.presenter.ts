import type { Kysely } from 'kysely';
import type { PageParams } from '../db/pagination.ts';
import type { Database } from '../db/schema.ts';
import type { Lang } from '../http/language.ts';
import {
  type AppealRow,
  appealsByStatement,
  postsByIds,
  type StatementRow,
  statementsOf,
  uiLanguage,
} from './moderation.repository.ts';
import { appealHowTo, automatedText, describeAction, describeGround } from './statements.text.ts';

function appealJson(a: AppealRow | undefined) {
  if (!a) return null;
  return {
    id: a.id,
    text: a.text,
    state: a.state,
    reason: a.reason,
    created_at: a.created_at,
    decided_at: a.decided_at,
  };
}

/** One statement of reasons, composed in the reader's language. */
export function statementJson(
  s: StatementRow,
  appeal: AppealRow | undefined,
  lang: Lang,
  /** The restricted post's text, so its author knows which post (it is hidden from them too). */
  content: string | null = null,
) {
  return {
    id: s.id,
    action: s.action,
    status_id: s.post_id,
    content,
    state: s.state,
    language: lang,
    restriction: describeAction(s.action, lang),
    facts: s.facts,
    ground: describeGround(s.ground, s.ground_text, lang),
    ground_key: s.ground,
    automated: s.automated === 1,
    automated_text: automatedText(s.automated === 1, lang),
    created_at: s.created_at,
    reversed_at: s.reversed_at,
    how_to_appeal: appealHowTo(lang),
    appeal: appealJson(appeal),
  };
}

/** A person's statements, in the language they chose for the interface (their language). */
export async function presentStatements(db: Kysely<Database>, accountId: string, page: PageParams) {
  const rows = await statementsOf(db, accountId, page);
  const lang: Lang = (await uiLanguage(db, accountId))?.ui_language === 'fr' ? 'fr' : 'en';
  const appeals = await appealsByStatement(
    db,
    rows.map((r) => r.id),
  );
  const posts = await postsByIds(
    db,
    rows.flatMap((r) => (r.post_id ? [r.post_id] : [])),
  );
  const text = new Map(posts.map((p) => [p.id, p.text]));
  return {
    rows,
    json: rows.map((s) =>
      statementJson(s, appeals.get(s.id), lang, s.post_id ? (text.get(s.post_id) ?? null) : null),
    ),
  };
}
