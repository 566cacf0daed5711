/**
 * One CSV cell, safe to open in a spreadsheet: a cell starting with `=`, `+`, `-`, `@` (or a tab
 * or carriage return, which some spreadsheets skip before reading a formula) gets a leading
 * apostrophe so it is read as text, never run as a formula (OWASP "CSV injection"); then the cell
 * is quoted as RFC 4180 says.
 *
 * @example csvCell('=HYPERLINK("x")') // => `"'=HYPERLINK(""x"")"`
 */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function csvRow(cells: string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

export const VOLUNTEER_COLUMNS = [
  'username',
  'display_name',
  'profile_url',
  'skills',
  'note',
  'note_visibility',
  'joined_at',
];
