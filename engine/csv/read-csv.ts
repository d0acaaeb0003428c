/**
 * Reads back what csv.ts writes (RFC 4180, CRLF between records, optional BOM), for tests that check a CSV
 * against the display rows. Throws on a malformed file, saying where.
 */
export function readCsv(text: string): string[][] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < body.length) {
    let cell = '';
    if (body[i] === '"') {
      i++;
      for (;;) {
        if (i >= body.length) throw new Error(`unclosed quote in record ${rows.length + 1}`);
        if (body[i] === '"') {
          if (body[i + 1] === '"') {
            cell += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else cell += body[i++];
      }
    } else {
      while (i < body.length && body[i] !== ',' && body[i] !== '\r' && body[i] !== '\n') cell += body[i++];
    }
    row.push(cell);
    if (body[i] === ',') i++;
    else if (body.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < body.length)
      throw new Error(`record ${rows.length + 1}: expected "," or CRLF at character ${i}`);
  }
  if (row.length > 0) throw new Error('the last record does not end with CRLF');
  return rows;
}
