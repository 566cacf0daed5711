import { readFileSync } from 'node:fs';

/** Reads a file as UTF-8, replacing invalid bytes (mlma's fr_dataset.csv is not all valid UTF-8). */
export function readText(path: string): string {
  return new TextDecoder('utf-8', { fatal: false })
    .decode(readFileSync(path))
    .replace(/^\uFEFF/, '');
}

/** RFC 4180-style parser: quoted fields, doubled quotes, CRLF and newlines inside quotes. */
export function parseDelimited(text: string, delimiter = ',', quotes = true): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let inQuotes = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else field += ch;
    } else if (ch === '"' && quotes && field === '') inQuotes = true;
    else if (ch === delimiter) {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || (r[0] ?? '') !== '');
}

/** Parses a CSV with a header row into records keyed by column name. */
export function parseRecords(text: string, delimiter = ','): Record<string, string>[] {
  const [header, ...rows] = parseDelimited(text, delimiter);
  if (header === undefined) return [];
  return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
