/**
 * Mastodon's CSV for lists of accounts. Mastodon exports blocks one address per line; Empathie
 * writes an `account_address,reason` header first. Reading accepts both, and the headed forms
 * Mastodon uses for mutes and follows (`Account address,Hide notifications`, …): only the
 * address column (and a `reason` column, when there is one) is read.
 */
export interface CsvEntry {
  address: string;
  reason: string;
}

/** Quotes a cell when it holds a comma, a quote or a line break (RFC 4180). */
function cell(value: string): string {
  // A leading =, +, - or @ would be read as a formula by spreadsheets: prefix it.
  const safe = /^[=+\-@]/.test(value) && value.includes(' ') ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function formatCsv(entries: CsvEntry[]): string {
  const lines = ['account_address,reason'];
  for (const e of entries) lines.push(`${cell(e.address)},${cell(e.reason)}`);
  return `${lines.join('\n')}\n`;
}

/** Splits CSV text into rows of cells, honouring quoted cells. */
function rows(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        current += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else current += ch;
    } else if (ch === '"' && current === '') quoted = true;
    else if (ch === ',') {
      row.push(current);
      current = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(current);
      out.push(row);
      row = [];
      current = '';
    } else current += ch;
  }
  if (current !== '' || row.length > 0) {
    row.push(current);
    out.push(row);
  }
  return out.filter((r) => r.some((c) => c.trim() !== ''));
}

const ADDRESS_HEADERS: ReadonlySet<string> = new Set(['account_address', 'account address']);

export function parseCsv(text: string): CsvEntry[] {
  const all = rows(text.replace(/^\uFEFF/, ''));
  const first = all[0]?.map((c) => c.trim().toLowerCase()) ?? [];
  const headed = first.length > 0 && ADDRESS_HEADERS.has(first[0] ?? '');
  const reasonAt = headed ? first.indexOf('reason') : -1;
  const body = headed ? all.slice(1) : all;
  return body.flatMap((r) => {
    const address = (r[0] ?? '').trim().replace(/^@/, '');
    if (address === '') return [];
    const reason = reasonAt >= 0 ? (r[reasonAt] ?? '').trim() : '';
    return [{ address, reason }];
  });
}
