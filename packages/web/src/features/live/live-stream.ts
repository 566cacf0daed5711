/**
 * One WebSocket to the streaming API for the whole app (Mastodon's `/api/v1/streaming`). The web
 * app's HttpOnly session cookie goes with it: the server honours it only from this instance's
 * own origin (ADR 0009, ADR 0020), so no token ever passes through a script.
 *
 * Streams are subscribed by message and re-subscribed after each reconnection; a lost connection
 * is retried with a growing, jittered delay (1 s, 2 s, 4 s… up to 30 s), so a restarting server
 * is not hammered by every open tab at once.
 */
export interface LiveEvent {
  stream: string[];
  event: string;
  payload: string;
}

export type LiveListener = (event: LiveEvent) => void;

export interface LiveStreamOptions {
  url: string;
  /** The WebSocket constructor (tests pass a fake). */
  socket?: (url: string) => WebSocket;
  /** Called after the connection comes back, so views fetch what they missed meanwhile. */
  onReconnect?: () => void;
  random?: () => number;
}

const MAX_DELAY_MS = 30_000;

export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const base = Math.min(1000 * 2 ** attempt, MAX_DELAY_MS);
  // Between 50 % and 100 % of the base: tabs that lost the server together come back apart.
  return Math.round(base * (0.5 + random() / 2));
}

export class LiveStream {
  private socket: WebSocket | null = null;
  private readonly listeners = new Map<string, Set<LiveListener>>();
  private attempt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private closed = false;
  private everOpened = false;

  constructor(private readonly options: LiveStreamOptions) {
    this.connect();
  }

  /** Listens to one stream (`user`, `public:local`, `user:notification`…); returns the undo. */
  subscribe(stream: string, listener: LiveListener): () => void {
    let set = this.listeners.get(stream);
    if (!set) {
      set = new Set();
      this.listeners.set(stream, set);
      this.send({ type: 'subscribe', stream });
    }
    set.add(listener);
    return () => {
      const current = this.listeners.get(stream);
      if (!current) return;
      current.delete(listener);
      if (current.size === 0) {
        this.listeners.delete(stream);
        this.send({ type: 'unsubscribe', stream });
      }
    };
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.socket?.close();
    this.socket = null;
  }

  private send(message: { type: string; stream: string }) {
    if (this.socket?.readyState === 1) this.socket.send(JSON.stringify(message));
  }

  private connect() {
    const make = this.options.socket ?? ((url: string) => new WebSocket(url));
    const socket = make(this.options.url);
    this.socket = socket;
    socket.onopen = () => {
      this.attempt = 0;
      for (const stream of this.listeners.keys()) this.send({ type: 'subscribe', stream });
      if (this.everOpened) this.options.onReconnect?.();
      this.everOpened = true;
    };
    socket.onmessage = (message) => this.deliver(String(message.data));
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.retry();
    };
  }

  private retry() {
    if (this.closed) return;
    const delay = backoffDelay(this.attempt, this.options.random);
    this.attempt += 1;
    this.timer = setTimeout(() => {
      this.timer = null;
      if (!this.closed) this.connect();
    }, delay);
  }

  private deliver(data: string) {
    let event: LiveEvent;
    try {
      event = JSON.parse(data) as LiveEvent;
    } catch {
      return;
    }
    if (!Array.isArray(event.stream) || typeof event.event !== 'string') return;
    const name = event.stream[0];
    if (name === undefined) return;
    for (const listener of this.listeners.get(name) ?? []) listener(event);
  }
}

/** The streaming URL of the page's own origin (`ws:` or `wss:` as the page). */
export function streamingUrlFor(location: Pick<Location, 'protocol' | 'host'>): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}/api/v1/streaming`;
}
