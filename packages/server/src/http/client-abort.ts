/**
 * Whether a failure only means that the client went away mid-request (a closed tab, a dropped
 * mobile connection, a scanner hanging up mid-body). Node rejects the body read with
 * `Error: aborted` (`ECONNRESET`); the request's signal says so too where the adapter sets it.
 * Such failures are not bugs: logging each with a stack trace would let anyone flood the logs.
 */
export function isClientAbort(error: unknown, request?: Request): boolean {
  if (request?.signal.aborted) return true;
  if (!(error instanceof Error)) return false;
  if (error.name === 'AbortError') return true;
  const code = (error as Error & { code?: unknown }).code;
  return code === 'ECONNRESET' || code === 'ERR_STREAM_PREMATURE_CLOSE';
}
