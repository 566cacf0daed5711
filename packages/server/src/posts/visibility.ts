// The visibility rule moved into the policy module, which answers every "may A see / reach B?".
export { canBeShared, canSee, visibleTo } from '../policy/visibility.ts';
