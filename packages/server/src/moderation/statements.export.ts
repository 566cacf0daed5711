import type { StatementRow } from './moderation.repository.ts';

// lookup-safe: keys are our own action names, never request input
const VISIBILITY: Partial<Record<StatementRow['action'], string>> = {
  remove_post: 'DECISION_VISIBILITY_CONTENT_REMOVED',
  mark_sensitive: 'DECISION_VISIBILITY_CONTENT_LABELLED',
  limit: 'DECISION_VISIBILITY_CONTENT_DEMOTED',
};

const CATEGORY = new Map<string, string>([
  ['harassment', 'STATEMENT_CATEGORY_CYBER_VIOLENCE'],
  ['threats', 'STATEMENT_CATEGORY_CYBER_VIOLENCE'],
  ['hate', 'STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH'],
  ['privacy', 'STATEMENT_CATEGORY_DATA_PROTECTION_AND_PRIVACY_VIOLATIONS'],
  ['intellectual_property', 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS'],
  ['child_safety', 'STATEMENT_CATEGORY_PROTECTION_OF_MINORS'],
]);

/**
 * A statement of reasons in the fields of the EU DSA transparency database
 * (transparency.dsa.ec.europa.eu, API "statements"); the mapping is in ADR 0014.
 */
export function toTransparencyDatabase(s: StatementRow, publicUrl: string) {
  const illegal = s.ground.startsWith('law:');
  const law = illegal ? s.ground.slice(4) : null;
  const visibility = Object.hasOwn(VISIBILITY, s.action) ? VISIBILITY[s.action] : undefined;
  return {
    puid: s.id,
    decision_visibility: visibility ? [visibility] : [],
    decision_monetary: null,
    decision_provision: s.action === 'limit' ? 'DECISION_PROVISION_PARTIAL_SUSPENSION' : null,
    decision_account:
      s.action === 'suspend' || s.action === 'disable' ? 'DECISION_ACCOUNT_SUSPENDED' : null,
    account_type: 'ACCOUNT_TYPE_PRIVATE',
    decision_ground: illegal
      ? 'DECISION_GROUND_ILLEGAL_CONTENT'
      : 'DECISION_GROUND_INCOMPATIBLE_CONTENT',
    illegal_content_legal_ground: illegal ? law : null,
    illegal_content_explanation: illegal ? s.facts : null,
    incompatible_content_ground: illegal ? null : s.ground_text || s.ground,
    incompatible_content_explanation: illegal ? null : s.facts,
    incompatible_content_illegal: illegal ? null : 'No',
    category: (law && CATEGORY.get(law)) || 'STATEMENT_CATEGORY_SCOPE_OF_PLATFORM_SERVICE',
    content_type: s.post_id ? ['CONTENT_TYPE_TEXT'] : ['CONTENT_TYPE_OTHER'],
    content_type_other: s.post_id ? null : 'account',
    content_id: s.post_id ? `${publicUrl}/api/v1/statuses/${s.post_id}` : null,
    decision_facts: s.facts,
    source_type: s.notice_id
      ? 'SOURCE_ARTICLE_16'
      : s.report_id
        ? 'SOURCE_TYPE_OTHER_NOTIFICATION'
        : 'SOURCE_VOLUNTARY',
    automated_detection: s.automated === 1 ? 'Yes' : 'No',
    automated_decision:
      s.automated === 1 ? 'AUTOMATED_DECISION_PARTIALLY' : 'AUTOMATED_DECISION_NOT_AUTOMATED',
    application_date: s.created_at.slice(0, 10),
    created_at: s.created_at,
    empathie: { action: s.action, ground: s.ground, state: s.state, reversed_at: s.reversed_at },
  };
}
