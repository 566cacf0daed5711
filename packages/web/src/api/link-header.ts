// Mastodon paginates with RFC 8288 Link headers:
//   <https://host/api/v1/timelines/home?max_id=123>; rel="next", <…?min_id=456>; rel="prev"
// We keep only path + query so the app follows links on its own origin, even when the server
// announces a different public URL (behind a proxy, or in development through Vite).

export interface PageLinks {
  next?: string;
  prev?: string;
}

export function parseLinkHeader(header: string | null | undefined): PageLinks {
  const links: PageLinks = {};
  if (!header) return links;
  for (const part of splitLinks(header)) {
    const match = /^\s*<([^>]*)>\s*;(.*)$/.exec(part);
    if (!match) continue;
    const [, target = '', params = ''] = match;
    const rel = /rel\s*=\s*"?([^";]+)"?/i.exec(params)?.[1];
    if (!rel) continue;
    for (const name of rel.trim().split(/\s+/)) {
      if ((name === 'next' || name === 'prev') && links[name] === undefined) {
        links[name] = toRelative(target);
      }
    }
  }
  return links;
}

// Commas may appear inside the <…> target, so split only on commas outside angle brackets.
function splitLinks(header: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of header) {
    if (char === '<') depth++;
    if (char === '>') depth = Math.max(0, depth - 1);
    if (char === ',' && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  if (current.trim()) parts.push(current);
  return parts;
}

function toRelative(target: string): string {
  try {
    const url = new URL(target, 'http://relative.invalid');
    return `${url.pathname}${url.search}`;
  } catch {
    return target;
  }
}
