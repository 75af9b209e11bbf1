/**
 * CSV that spreadsheets open safely: every cell quoted, quotes doubled, and a cell that would start
 * a formula (=, +, -, @, tab, CR) prefixed with an apostrophe; a number stays a number, negative
 * or not (a day whose cancels outweigh its orders is -900, not text). CRLF line ends; the caller decides
 * whether to add a UTF-8 BOM (Excel needs it to read Korean).
 */

export function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  const safe = typeof value !== 'number' && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replaceAll('"', '""')}"`;
}

export function csvRows(rows: readonly (readonly unknown[])[]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
