import type { RelationshipState } from '../../relationships/relationships.service.ts';

/** Mastodon's Relationship entity. Empathie has no endorsements, notes nor per-follow languages. */
export function serializeRelationship(state: RelationshipState) {
  return {
    id: state.id,
    following: state.following,
    showing_reblogs: state.following,
    notifying: false,
    languages: null,
    followed_by: state.followedBy,
    blocking: state.blocking,
    blocked_by: false,
    muting: state.muting,
    muting_notifications: state.mutingNotifications,
    requested: state.requested,
    requested_by: state.requestedBy,
    domain_blocking: false,
    endorsed: false,
    note: '',
  };
}
