import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { backoffDelay, type LiveEvent, LiveStream, streamingUrlFor } from './live-stream.ts';

/** A stand-in WebSocket the test opens, feeds and closes by hand. */
class FakeSocket {
  static made: FakeSocket[] = [];
  readyState = 0;
  sent: string[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((m: { data: string }) => void) | null = null;
  onclose: (() => void) | null = null;
  constructor(readonly url: string) {
    FakeSocket.made.push(this);
  }
  send(data: string) {
    this.sent.push(data);
  }
  close() {
    this.readyState = 3;
    this.onclose?.();
  }
  open() {
    this.readyState = 1;
    this.onopen?.();
  }
  receive(message: unknown) {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
}

beforeEach(() => {
  FakeSocket.made = [];
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function start(onReconnect = () => {}) {
  return new LiveStream({
    url: 'ws://example.test/api/v1/streaming',
    socket: (url) => new FakeSocket(url) as unknown as WebSocket,
    onReconnect,
    random: () => 1,
  });
}

describe('the live connection', () => {
  it('subscribes once open and hands each event to the listeners of its stream', () => {
    const live = start();
    const home: LiveEvent[] = [];
    const local: LiveEvent[] = [];
    live.subscribe('user', (e) => home.push(e));
    live.subscribe('public:local', (e) => local.push(e));
    const socket = FakeSocket.made[0] as FakeSocket;
    socket.open();
    expect(socket.sent.map((s) => JSON.parse(s))).toEqual([
      { type: 'subscribe', stream: 'user' },
      { type: 'subscribe', stream: 'public:local' },
    ]);
    socket.receive({ stream: ['user'], event: 'update', payload: '{"id":"1"}' });
    socket.receive('not an event');
    expect(home).toHaveLength(1);
    expect(local).toHaveLength(0);
  });

  it('comes back after a lost connection, ever more patiently, and subscribes again', () => {
    const reconnected = vi.fn();
    const live = start(reconnected);
    live.subscribe('user', () => {});
    (FakeSocket.made[0] as FakeSocket).open();
    (FakeSocket.made[0] as FakeSocket).close();
    vi.advanceTimersByTime(999);
    expect(FakeSocket.made).toHaveLength(1);
    vi.advanceTimersByTime(1);
    expect(FakeSocket.made).toHaveLength(2);
    (FakeSocket.made[1] as FakeSocket).close();
    vi.advanceTimersByTime(1999);
    expect(FakeSocket.made).toHaveLength(2);
    vi.advanceTimersByTime(1);
    const third = FakeSocket.made[2] as FakeSocket;
    third.open();
    expect(JSON.parse(third.sent[0] ?? '')).toEqual({ type: 'subscribe', stream: 'user' });
    expect(reconnected).toHaveBeenCalledTimes(1);
    live.close();
    vi.advanceTimersByTime(60_000);
    expect(FakeSocket.made).toHaveLength(3);
  });

  it('spreads reconnections out and never waits more than thirty seconds', () => {
    expect(backoffDelay(0, () => 0)).toBe(500);
    expect(backoffDelay(3, () => 1)).toBe(8000);
    expect(backoffDelay(20, () => 1)).toBe(30_000);
    expect(streamingUrlFor({ protocol: 'https:', host: 'empathie.example' })).toBe(
      'wss://empathie.example/api/v1/streaming',
    );
  });
});
