import { isIP } from 'node:net';

/**
 * Reads `TRUSTED_PROXIES`: comma-separated IPv4 or IPv6 addresses and CIDR ranges
 * (`127.0.0.1, ::1, 10.0.0.0/8, fd00::/8`). Returns the entries as written, or the reason the
 * first bad one is refused.
 */
export function parseTrustedProxies(
  raw: string | undefined,
): { ok: true; entries: string[] } | { ok: false; message: string } {
  const entries = (raw ?? '')
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '');
  for (const entry of entries) {
    const [address = '', prefix, extra] = entry.split('/');
    const family = isIP(address);
    const max = family === 6 ? 128 : 32;
    const prefixOk =
      prefix === undefined ||
      (/^\d{1,3}$/.test(prefix) && Number(prefix) <= max && extra === undefined);
    if (family === 0 || !prefixOk) {
      return {
        ok: false,
        message: `"${entry}" is neither an IP address nor a CIDR range (e.g. 127.0.0.1, ::1, 10.0.0.0/8, fd00::/8)`,
      };
    }
  }
  return { ok: true, entries };
}
