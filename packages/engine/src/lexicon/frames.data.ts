/**
 * More frames around a group's name (`AROUND` in `implicit.data.ts`, read by `group-talk.ts`),
 * from the fourteenth round's probes: a group put up with, let settle, avoided in the street,
 * blamed for crime since it arrived, or asked why it is even allowed what others are.
 */
export const MORE_AROUND: readonly string[] = [
  'put up with these …',
  'put up with all these …',
  'why are … even allowed to',
  'why … are even allowed to',
  'why are … still allowed to',
  'pourquoi les … ont encore le droit de',
  "qui a decide de laisser les … s'installer",
  'who let the … settle',
  'cross the street when i see …',
  'cross the street when i see a group of …',
  'change de trottoir quand je vois des …',
  'change de trottoir quand je croise des …',
  'crime went up when the … arrived',
  'crime went up right when the … arrived',
  'la delinquance a explose quand les … sont arrives',
];
