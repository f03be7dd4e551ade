/** A small RFC 4180 CSV reader for the municipality and county code lists. */

export interface CsvRow {
  /** 1-based line number of the row in the file. */
  line: number;
  values: string[];
}

export function parseCsv(text: string): CsvRow[] {
  const rows: CsvRow[] = [];
  let values: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n') line++;
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
    } else if (char === ',') {
      values.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++;
      values.push(field);
      if (values.length > 1 || values[0] !== '') rows.push({ line: rowLine, values });
      values = [];
      field = '';
      line++;
      rowLine = line;
    } else {
      field += char;
    }
  }
  if (field !== '' || values.length > 0) {
    values.push(field);
    rows.push({ line: rowLine, values });
  }
  return rows;
}
