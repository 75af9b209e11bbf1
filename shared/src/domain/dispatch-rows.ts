/**
 * The rows of a dispatch list a seller types, pastes from a spreadsheet or drops as a CSV file:
 * product order id, courier, tracking number on each line, separated by commas or tabs (quoted
 * cells as spreadsheets write them). A header line is recognised and skipped; a courier may be
 * written by its code or its name. Nothing is refused here: a row that cannot be read keeps what it
 * had, and the companion refuses it alone, in words, before anything is sent.
 */

export interface DispatchRowText {
  /** 1-based line of the text it came from, for the seller to find it. */
  line: number;
  productOrderId: string;
  deliveryCompanyCode: string;
  trackingNumber: string;
}

/** One line's cells: commas or tabs, `"…"` quoting with `""` for a quote. */
export function splitCells(line: string): string[] {
  const separator = line.includes('\t') ? '\t' : ',';
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
    } else if (ch === separator) {
      cells.push(cell.trim());
      cell = '';
    } else cell += ch;
  }
  cells.push(cell.trim());
  return cells;
}

/**
 * The rows of `text`. `couriers` turns a courier's name into its code (CJ대한통운 → CJGLS); a
 * cell that is neither is kept as written.
 */
export function parseDispatchRows(
  text: string,
  couriers: readonly { code: string; name: string }[],
): DispatchRowText[] {
  const byName = new Map(
    couriers.flatMap((c) => [
      [c.name.replace(/\s+/g, ''), c.code],
      [c.code.toUpperCase(), c.code],
    ]),
  );
  const rows: DispatchRowText[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .forEach((raw, index) => {
      if (raw.trim() === '') return;
      const [id = '', courier = '', tracking = ''] = splitCells(raw);
      // A header (or any line whose first cell has no digit at all) is not a row.
      if (rows.length === 0 && !/\d/.test(id)) return;
      const key = courier.replace(/\s+/g, '');
      rows.push({
        line: index + 1,
        productOrderId: id.replace(/[\s-]/g, ''),
        deliveryCompanyCode: byName.get(key) ?? byName.get(key.toUpperCase()) ?? courier,
        trackingNumber: tracking.replace(/\s/g, ''),
      });
    });
  return rows;
}
