import type { Visibility } from '../db/schema.ts';

/**
 * Domain events: a service changes state, then publishes what happened. Other domains (home-feed
 * backfill, notifications, and later outbound federation) subscribe instead of being called
 * directly, so no service needs to know who reacts to it.
 */
export type DomainEvent =
  | { type: 'account.created'; accountId: string }
  | { type: 'account.updated'; accountId: string }
  // The person deleted their account: it is hidden at once, its content erased later.
  | { type: 'account.deleted'; accountId: string }
  | { type: 'follow.created'; followerId: string; targetId: string }
  | { type: 'follow.removed'; followerId: string; targetId: string }
  | { type: 'follow_request.created'; followerId: string; targetId: string }
  | { type: 'follow_request.removed'; followerId: string; targetId: string }
  | { type: 'block.created'; accountId: string; targetId: string }
  | { type: 'block.removed'; accountId: string; targetId: string }
  // The person blocked by hand an account already blocked (by a block-list subscription).
  | { type: 'block.confirmed'; accountId: string; targetId: string }
  | { type: 'mute.created'; accountId: string; targetId: string; hideNotifications: boolean }
  | { type: 'mute.removed'; accountId: string; targetId: string }
  // A post of this instance was published or edited; the tone analysis reads it back by id.
  | { type: 'post.created'; postId: string; authorId: string }
  | { type: 'post.edited'; postId: string; authorId: string }
  // A post (or a share) is gone; what it was is carried, since it can no longer be read back.
  | { type: 'post.deleted'; postId: string; authorId: string; visibility: Visibility }
  // Fan-out wrote the post into its readers' home feeds (the author's row exists from the start).
  | { type: 'home_feed.delivered'; postId: string }
  // A notification reached the recipient's list (not one waiting in a request, nor held).
  | { type: 'notification.created'; notificationId: string; accountId: string }
  // The shield switched itself on for a person under a pile-on (support circles offer help).
  | { type: 'shield.switched_on'; accountId: string };

export type DomainEventType = DomainEvent['type'];
export type EventOf<T extends DomainEventType> = Extract<DomainEvent, { type: T }>;
export type EventHandler<T extends DomainEventType> = (event: EventOf<T>) => void | Promise<void>;

export interface EventBus {
  /**
   * Runs every handler of the event's type in subscription order and waits for them, so that by
   * the time an HTTP request answers, its consequences (a notification, a home-feed backfill)
   * are visible. A failing handler is reported and does not stop the others: the state change
   * that produced the event has already been committed.
   */
  publish(event: DomainEvent): Promise<void>;
  /** Returns a function that removes the subscription. */
  subscribe<T extends DomainEventType>(type: T, handler: EventHandler<T>): () => void;
}

export function createEventBus(
  onHandlerError: (event: DomainEvent, error: unknown) => void = () => {},
): EventBus {
  const handlers = new Map<DomainEventType, Array<(event: DomainEvent) => void | Promise<void>>>();
  return {
    async publish(event) {
      for (const handler of handlers.get(event.type) ?? []) {
        try {
          await handler(event);
        } catch (error) {
          onHandlerError(event, error);
        }
      }
    },
    subscribe(type, handler) {
      const list = handlers.get(type) ?? [];
      const wrapped = handler as (event: DomainEvent) => void | Promise<void>;
      list.push(wrapped);
      handlers.set(type, list);
      return () => {
        const current = handlers.get(type) ?? [];
        handlers.set(
          type,
          current.filter((h) => h !== wrapped),
        );
      };
    },
  };
}
