import type { Translate } from '../../i18n/i18n.ts';
import type { AllySummary } from '../shield/shield.types.ts';
import { displayName } from '../status/status-helpers.ts';

/** "Sam hid 12 messages and reported 3 accounts": the non-zero counts, joined as one sentence. */
export function summaryParts(row: AllySummary, t: Translate): string {
  const parts: string[] = [];
  const counts = [
    ['hidden', row.hidden],
    ['approved', row.approved],
    ['reported', row.reported],
    ['blocked', row.blocked],
  ] as const;
  for (const [what, count] of counts) {
    if (count === 1) parts.push(t(`allies.summary.${what}.one`));
    else if (count > 1) parts.push(t(`allies.summary.${what}`, { count }));
  }
  const name = displayName(row.account);
  if (parts.length === 0) return t('allies.summary.nothing', { name });
  const last = parts.pop() ?? '';
  const list = parts.length > 0 ? `${parts.join(', ')} ${t('allies.summary.and')} ${last}` : last;
  return t('allies.summary.sentence', { name, list });
}
