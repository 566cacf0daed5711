import { checkOutboundUrl, type Resolver } from '../security/outbound-url.ts';
import { err, ok, type Result } from '../shared/result.ts';

/** Why a remote image could not be had; each becomes a stable code of the image proxy. */
export type RemoteFetchError =
  | { kind: 'refused_address' }
  | { kind: 'unreachable' }
  | { kind: 'timeout' }
  | { kind: 'upstream_status'; status: number }
  | { kind: 'not_an_image' }
  | { kind: 'too_large' }
  | { kind: 'too_many_redirects' };

export interface RemoteFetchOptions {
  allowPrivate: boolean;
  maxBytes: number;
  timeoutMs: number;
  /** Tests answer DNS themselves. */
  resolve?: Resolver;
  fetch?: typeof fetch;
}

const MAX_REDIRECTS = 3;

/**
 * Downloads one remote image. Every hop (the first address and each redirect) goes through the
 * SSRF guard before it is fetched, the whole download has one deadline, and the body is read
 * with a byte cap, so a huge or endless answer stops at the cap rather than filling the memory.
 * A declared type that is not an image (HTML, JSON…) is refused before the body is read; the
 * bytes themselves are judged again by `processImage`, which trusts no declared type.
 */
export async function fetchRemoteImage(
  address: string,
  options: RemoteFetchOptions,
): Promise<Result<Uint8Array, RemoteFetchError>> {
  const doFetch = options.fetch ?? fetch;
  const signal = AbortSignal.timeout(options.timeoutMs);
  let current = address;
  try {
    for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
      const checked = await checkOutboundUrl(current, {
        allowPrivate: options.allowPrivate,
        ...(options.resolve ? { resolve: options.resolve } : {}),
      });
      if (!checked.ok) return err({ kind: 'refused_address' });
      const response = await doFetch(checked.value, {
        redirect: 'manual',
        signal,
        headers: { Accept: 'image/webp,image/png,image/jpeg,image/gif;q=0.9,*/*;q=0.1' },
      });
      if (response.status >= 300 && response.status < 400) {
        const location = response.headers.get('location');
        await response.body?.cancel();
        if (!location) return err({ kind: 'upstream_status', status: response.status });
        current = new URL(location, checked.value).href;
        continue;
      }
      if (!response.ok) {
        await response.body?.cancel();
        return err({ kind: 'upstream_status', status: response.status });
      }
      const type = (response.headers.get('content-type') ?? '').split(';')[0]?.trim() ?? '';
      // Some servers send images as octet-stream; anything declared as another type is not one.
      if (type !== '' && !type.startsWith('image/') && type !== 'application/octet-stream') {
        await response.body?.cancel();
        return err({ kind: 'not_an_image' });
      }
      if (type === 'image/svg+xml') {
        await response.body?.cancel();
        return err({ kind: 'not_an_image' });
      }
      const declared = Number(response.headers.get('content-length') ?? '0');
      if (declared > options.maxBytes) {
        await response.body?.cancel();
        return err({ kind: 'too_large' });
      }
      return await readCapped(response, options.maxBytes);
    }
    return err({ kind: 'too_many_redirects' });
  } catch {
    // A refused connection, a reset, a DNS failure, or the deadline.
    return err(signal.aborted ? { kind: 'timeout' } : { kind: 'unreachable' });
  }
}

async function readCapped(
  response: Response,
  maxBytes: number,
): Promise<Result<Uint8Array, RemoteFetchError>> {
  const reader = response.body?.getReader();
  if (!reader) return ok(new Uint8Array());
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return err({ kind: 'too_large' });
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return ok(bytes);
}
