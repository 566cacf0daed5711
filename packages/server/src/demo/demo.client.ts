/** Something that answers HTTP requests: Hono's `app.request`, in process. */
export type RequestHandler = (path: string, init: RequestInit) => Response | Promise<Response>;

export interface ApiAnswer {
  status: number;
  body: unknown;
}

export interface DemoClient {
  call(method: string, path: string, token: string | null, body?: unknown): Promise<ApiAnswer>;
}

/**
 * The demo talks to Empathie through its public HTTP API, in process: every rule (rendering,
 * counters, notifications, home feeds, visibility) applies exactly as for a real client.
 */
export function demoClient(request: RequestHandler, language: 'fr' | 'en'): DemoClient {
  return {
    async call(method, path, token, body) {
      // lookup-safe: header names are our own
      const headers: Record<string, string> = { 'accept-language': language };
      if (token) headers.authorization = `Bearer ${token}`;
      if (body !== undefined) headers['content-type'] = 'application/json';
      const answer = await request(path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await answer.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : null;
      } catch {
        // Not JSON: keep the text for the error message.
      }
      return { status: answer.status, body: parsed };
    },
  };
}
