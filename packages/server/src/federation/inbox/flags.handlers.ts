import type { Flag } from '@fedify/fedify';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { createDomainPolicy } from '../../policy/domain-policy.ts';
import {
  fileReport,
  REPORT_COMMENT_MAX,
  REPORT_STATUSES_MAX,
} from '../../reports/reports.service.ts';
import type { Clock } from '../../shared/clock.ts';
import type { IdGenerator } from '../../shared/ids.ts';
import type { Logger } from '../../shared/logger.ts';
import { localAccountByUri, postByUri } from './inbox.repository.ts';
import { htmlToText } from './remote-html.ts';

export type FlagOutcome =
  | { kind: 'filed'; reportIds: string[] }
  | { kind: 'refused'; reason: 'reports_rejected' }
  | { kind: 'ignored'; reason: string };

/**
 * A report another server forwards about one of our people (`Flag`, as Mastodon sends it): filed
 * for our moderators like a member's, under the sending actor (often that server's instance
 * actor), naming the reported account and those of its posts we hold. Refused when the admins
 * chose to ignore reports from that domain (`reject_reports`, or a suspension), as Mastodon
 * skips them; the policy decides (policy/domain-policy.ts). Never forwarded again.
 */
export function flagHandlers(deps: {
  db: Kysely<Database>;
  clock: Clock;
  ids: IdGenerator;
  logger: Logger;
}) {
  const { db } = deps;
  const domains = createDomainPolicy(db);

  async function onFlag(flag: Flag, actorId: string, actorUri: string): Promise<FlagOutcome> {
    if (!(await domains.acceptsReportsFrom(new URL(actorUri).host))) {
      deps.logger.info('report refused: reports from this domain are rejected', { actorUri });
      return { kind: 'refused', reason: 'reports_rejected' };
    }
    const accountIds = new Set<string>();
    const posts: Array<{ id: string; account_id: string }> = [];
    for (const uri of flag.objectIds.slice(0, REPORT_STATUSES_MAX + 1)) {
      const account = await localAccountByUri(db, uri.href);
      if (account) {
        accountIds.add(account);
        continue;
      }
      const post = await postByUri(db, uri.href);
      if (post?.local === 1 && !post.reblog_of_id) posts.push(post);
    }
    // Only our own people, each with their own posts (as Mastodon files one report per account).
    if (accountIds.size === 0) return { kind: 'ignored', reason: 'names none of our people' };
    const comment = htmlToText(String(flag.content ?? '')).slice(0, REPORT_COMMENT_MAX);
    const filed: string[] = [];
    for (const accountId of accountIds) {
      const report = await fileReport(deps, {
        reporterId: actorId,
        accountId,
        statusIds: posts.filter((p) => p.account_id === accountId).map((p) => p.id),
        comment,
        category: 'other',
        source: 'federation',
      });
      if (report.ok) filed.push(report.value.id);
    }
    return filed.length > 0
      ? { kind: 'filed', reportIds: filed }
      : { kind: 'ignored', reason: 'no report could be filed' };
  }

  return { onFlag };
}
