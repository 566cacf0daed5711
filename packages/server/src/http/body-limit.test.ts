import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { limitBody } from './body-limit.ts';

function app() {
  const a = new Hono();
  a.use(
    '*',
    limitBody(10, (c) => c.json({ error: 'payload_too_large' }, 413)),
  );
  a.all('/echo', async (c) => c.text(c.req.method === 'GET' ? 'got' : await c.req.text()));
  return a;
}

const chunked = (text: string) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const part of text.match(/.{1,3}/g) ?? []) {
        controller.enqueue(new TextEncoder().encode(part));
      }
      controller.close();
    },
  });

describe('the body limit', () => {
  it('refuses a declared length over the limit before reading the body', async () => {
    const answer = await app().request('/echo', {
      method: 'POST',
      headers: { 'content-length': '11' },
      body: 'x'.repeat(11),
    });
    expect(answer.status).toBe(413);
  });

  it('passes a declared length within the limit, body intact', async () => {
    const answer = await app().request('/echo', {
      method: 'POST',
      headers: { 'content-length': '10' },
      body: 'x'.repeat(10),
    });
    expect(answer.status).toBe(200);
    expect(await answer.text()).toBe('x'.repeat(10));
  });

  it('counts a body sent without a length as it streams', async () => {
    const send = (text: string) =>
      app().request('/echo', {
        method: 'POST',
        body: chunked(text),
        duplex: 'half',
      } as RequestInit);
    expect((await send('y'.repeat(11))).status).toBe(413);
    const within = await send('y'.repeat(10));
    expect(within.status).toBe(200);
    expect(await within.text()).toBe('y'.repeat(10));
  });

  it('lets a GET through untouched', async () => {
    const answer = await app().request('/echo');
    expect(answer.status).toBe(200);
    expect(await answer.text()).toBe('got');
  });
});
