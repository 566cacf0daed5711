import type { MessageKey } from '../../i18n/i18n.ts';

/** The words for what moderators did, as reports, notices and the transparency page show it. */
export function outcomeKey(outcome: string | null): MessageKey {
  switch (outcome) {
    case 'remove_post':
      return 'mod.outcome.remove_post';
    case 'mark_sensitive':
    case 'sensitive':
      return 'mod.outcome.mark_sensitive';
    case 'limit':
      return 'mod.outcome.limit';
    case 'suspend':
      return 'mod.outcome.suspend';
    case 'disable':
      return 'mod.outcome.disable';
    default:
      return 'mod.outcome.none';
  }
}

export function categoryKey(category: string): MessageKey {
  switch (category) {
    case 'threats':
      return 'report.reason.threats';
    case 'harassment':
      return 'report.reason.harassment';
    case 'hate':
      return 'report.reason.hate';
    case 'spam':
      return 'report.reason.spam';
    case 'child_safety':
      return 'report.reason.child_safety';
    case 'privacy':
      return 'report.reason.privacy';
    case 'intellectual_property':
      return 'report.reason.intellectual_property';
    case 'legal':
      return 'report.category.legal';
    case 'violation':
      return 'report.category.violation';
    default:
      return 'report.reason.other';
  }
}

export function formatWhen(iso: string, language: string): string {
  return new Date(iso).toLocaleString(language === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
}
