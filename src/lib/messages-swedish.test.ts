import { describe, expect, test } from 'vitest';
import { MESSAGE_CODES, renderMessage } from './messages.ts';

const params = {
  value: '"x"', field: 'name', expected: 'text', suggestion: 'y', known: 'name', allowed: 'a, b', minimum: '1', maximum: '2',
  length: '3', language: 'fi', languages: 'fi, sv', taxonomy: 'situations.yaml', org: 'o', what: 'site.yaml', other: 'f',
  size: '300', limit: '256', reason: 'r', tag: '!x', date: '2026-03-29', time: '03:30', timezone: 'Europe/Helsinki',
  scheme: 'ftp:', bare: 'example.fi', counties: '13', months: '12', key: 'note', quoted: '"a: b"', character: '*',
  latitude: '27.6', longitude: '62.8',
};

describe('Swedish messages', () => {
  test.each(MESSAGE_CODES)('%s has its own Swedish text', (code) => {
    const swedish = renderMessage(code, params, 'sv');
    const english = renderMessage(code, params, 'en');
    expect(swedish.message).not.toBe(english.message);
    expect(swedish.message).not.toMatch(/undefined/);
  });

  test.each([
    ['field.required', { field: 'summary' }, { message: 'det obligatoriska fältet "summary" saknas', hint: 'lägg till summary:' }],
    ['email.format', { value: '"info(at)example.fi"' }, { message: '"info(at)example.fi" är inte en e-postadress', hint: 'skriv t.ex. info@example.fi (inga mellanslag, ett @)' }],
    ['value.type', { value: '"x"', expected: 'a whole number' }, { message: 'förväntade ett heltal, hittade "x"' }],
  ])('%s', (code, given, expected) => {
    expect(renderMessage(code, given, 'sv')).toEqual(expected);
  });
});
