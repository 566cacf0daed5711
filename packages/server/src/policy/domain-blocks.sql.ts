import { type ExpressionBuilder, type RawBuilder, type SqlBool, sql } from 'kysely';

/**
 * Domain blocks as predicates for queries that list posts: the SQL side of `domain-policy.ts`.
 * A rule covers its domain and every subdomain (`a.domain = d.domain or a.domain like
 * '%.' || d.domain`); local authors (domain null) are never covered, and are skipped first.
 */
const covers = sql`(pol_da.domain = pol_db.domain or pol_da.domain like '%.' || pol_db.domain)`;

// biome-ignore lint/suspicious/noExplicitAny: applies to any query holding the column
type AnyQuery = ExpressionBuilder<any, any>;
type Predicate = (eb: AnyQuery) => ReturnType<AnyQuery['not']>;

/** No rule matching `rule` (a condition on `pol_db`) covers the domain of the account in `column`. */
function authorNotCovered(
  authorColumn: string,
  table: BlockTable,
  rule: RawBuilder<unknown>,
): Predicate {
  return ({ not }) =>
    not(
      sql<SqlBool>`exists (
        select 1 from accounts pol_da
        inner join ${sql.table(table)} pol_db on ${covers}
        where pol_da.id = ${sql.ref(authorColumn)} and pol_da.domain is not null and ${rule}
      )`,
    );
}

/** No rule matching `rule` covers the domain of the author of the post shared in `column`. */
function shareNotCovered(
  reblogOfColumn: string,
  table: BlockTable,
  rule: RawBuilder<unknown>,
): Predicate {
  return ({ not }) =>
    not(
      sql<SqlBool>`exists (
        select 1 from posts pol_o
        inner join accounts pol_da on pol_da.id = pol_o.account_id
        inner join ${sql.table(table)} pol_db on ${covers}
        where pol_o.id = ${sql.ref(reblogOfColumn)} and pol_da.domain is not null and ${rule}
      )`,
    );
}

type BlockTable = 'instance_domain_blocks' | 'account_domain_blocks';
const silencedOrSuspended = sql`pol_db.severity in ('silence', 'suspend')`;
const suspended = sql`pol_db.severity = 'suspend'`;
const blockedBy = (viewerId: string) => sql`pol_db.account_id = ${viewerId}`;

/**
 * `where(notSilencedAuthor('p.account_id'))`: the author is local, or on no domain the instance
 * silences or suspends (such posts stay out of the public timelines; followers still see them).
 */
export const notSilencedAuthor = (authorColumn: string) =>
  authorNotCovered(authorColumn, 'instance_domain_blocks', silencedOrSuspended);

/** `where(notDomainBlockedBy(viewer, 'p.account_id'))`: the author's domain is not one the viewer blocks. */
export const notDomainBlockedBy = (viewerId: string, authorColumn: string) =>
  authorNotCovered(authorColumn, 'account_domain_blocks', blockedBy(viewerId));

/**
 * `where(notShareFromDomainBlockedBy(viewer, 'p.reblog_of_id'))`: the post is no share of a post
 * whose author is on a domain the viewer blocks (Mastodon hides those shares from the home feed
 * too; the viewer's own follows there end with the block).
 */
export const notShareFromDomainBlockedBy = (viewerId: string, reblogOfColumn: string) =>
  shareNotCovered(reblogOfColumn, 'account_domain_blocks', blockedBy(viewerId));

/**
 * `where(notSuspendedAuthor('hf.author_id'))`: the author is local, or on no domain the instance
 * suspended. What a suspended server's accounts posted before the suspension leaves every
 * timeline and notification list, followers' home feeds included (silence leaves those alone).
 */
export const notSuspendedAuthor = (authorColumn: string) =>
  authorNotCovered(authorColumn, 'instance_domain_blocks', suspended);

/** `where(notSuspendedShare('p.reblog_of_id'))`: no share of a post by a suspended server's account. */
export const notSuspendedShare = (reblogOfColumn: string) =>
  shareNotCovered(reblogOfColumn, 'instance_domain_blocks', suspended);
