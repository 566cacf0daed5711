import { describe, expect, it } from 'vitest';
import { createEventBus, type DomainEvent } from './events.ts';

describe('event bus', () => {
  it('delivers an event to the handlers of its type only, in order, and awaits them', async () => {
    const bus = createEventBus();
    const seen: string[] = [];
    bus.subscribe('follow.created', async (e) => {
      await new Promise((r) => setTimeout(r, 5));
      seen.push(`first ${e.followerId}->${e.targetId}`);
    });
    bus.subscribe('follow.created', (e) => {
      seen.push(`second ${e.targetId}`);
    });
    bus.subscribe('block.created', () => {
      seen.push('block');
    });
    await bus.publish({ type: 'follow.created', followerId: 'a', targetId: 'b' });
    expect(seen).toEqual(['first a->b', 'second b']);
  });

  it('keeps going when a handler throws, and reports the failure', async () => {
    const failures: Array<[DomainEvent, unknown]> = [];
    const bus = createEventBus((event, error) => failures.push([event, error]));
    let reached = false;
    bus.subscribe('mute.created', () => {
      throw new Error('boom');
    });
    bus.subscribe('mute.created', () => {
      reached = true;
    });
    const event: DomainEvent = {
      type: 'mute.created',
      accountId: 'a',
      targetId: 'b',
      hideNotifications: true,
    };
    await bus.publish(event);
    expect(reached).toBe(true);
    expect(failures).toHaveLength(1);
    expect(failures[0]?.[0]).toEqual(event);
  });

  it('stops delivering after unsubscribe', async () => {
    const bus = createEventBus();
    let count = 0;
    const off = bus.subscribe('follow.removed', () => {
      count += 1;
    });
    await bus.publish({ type: 'follow.removed', followerId: 'a', targetId: 'b' });
    off();
    await bus.publish({ type: 'follow.removed', followerId: 'a', targetId: 'b' });
    expect(count).toBe(1);
  });
});
