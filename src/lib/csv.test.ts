import { describe, expect, test } from 'vitest';
import { parseCsv } from './csv.ts';

describe('parseCsv', () => {
  test('rows with their line numbers, quoted commas, quotes and line breaks', () => {
    expect(parseCsv('code,name\n01,"Itä, Uusimaa"\n02,"Say ""hi"""\r\n03,"two\nlines"\n\n04,last')).toEqual([
      { line: 1, values: ['code', 'name'] },
      { line: 2, values: ['01', 'Itä, Uusimaa'] },
      { line: 3, values: ['02', 'Say "hi"'] },
      { line: 4, values: ['03', 'two\nlines'] },
      { line: 7, values: ['04', 'last'] },
    ]);
  });

  test.each([
    ['', []],
    ['a,b', [{ line: 1, values: ['a', 'b'] }]],
    ['a,b\n1,2\n', [{ line: 1, values: ['a', 'b'] }, { line: 2, values: ['1', '2'] }]],
    ['x\r\ny\r\n', [{ line: 1, values: ['x'] }, { line: 2, values: ['y'] }]],
    ['a,b\n,\n', [{ line: 1, values: ['a', 'b'] }, { line: 2, values: ['', ''] }]],
    ['a,,c\n', [{ line: 1, values: ['a', '', 'c'] }]],
    ['091,Helsinki,Helsingfors,90\n', [{ line: 1, values: ['091', 'Helsinki', 'Helsingfors', '90'] }]],
  ])('%j', (text, rows) => {
    expect(parseCsv(text)).toEqual(rows);
  });
});
