/**
 * One CSV cell. A cell that starts with =, +, -, @ (or a tab or carriage return) would be run as a
 * formula by a spreadsheet: a leading apostrophe makes it text (OWASP "CSV injection").
 * Quotes, separators and line breaks are quoted as RFC 4180 says.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",;\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to CSV text with CRLF line ends and a BOM, so spreadsheet software reads the umlauts. */
export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
