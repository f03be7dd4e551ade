import { describe, expect, test } from 'vitest';
import { isValidId, proposeId } from './ids.ts';

describe('proposeId', () => {
  test.each([
    ['Omaishoitajien vertaisryhmä Kuopio', 'omaishoitajien-vertaisryhma-kuopio'],
    ['Ääni & Öljy – Åbo', 'aani-oljy-abo'],
    ['Närståendevårdare i Vasa', 'narstaendevardare-i-vasa'],
    ['Café Crème', 'cafe-creme'],
    ['Straße', 'strasse'],
    ['Søren Ærø', 'soren-aero'],
    ['Ünal', 'unal'],
    ['  --Hei!!--  ', 'hei'],
    ['Ryhmä 2026', 'ryhma-2026'],
    ['ryhma_kuopio.yaml', 'ryhma-kuopio-yaml'],
    ['Тест', ''],
  ])('%j → %j', (name, id) => {
    expect(proposeId(name)).toBe(id);
    if (id) expect(isValidId(id)).toBe(true);
  });

  test('a long name is cut at a word boundary, at most 80 characters', () => {
    const id = proposeId('pitkä sana '.repeat(10));
    expect(id).toBe('pitka-sana-pitka-sana-pitka-sana-pitka-sana-pitka-sana-pitka-sana-pitka-sana');
    expect(id.length).toBeLessThanOrEqual(80);
  });

  test('one long word is cut at 80 characters', () => {
    expect(proposeId('a'.repeat(90))).toBe('a'.repeat(80));
  });
});

describe('isValidId', () => {
  test.each([
    ['ryhma', true],
    ['ryhma-2026', true],
    ['2026', true],
    ['a'.repeat(80), true],
    ['a'.repeat(81), false],
    ['Ryhma', false],
    ['ryhmä', false],
    ['ryhma_kuopio', false],
    ['ryhma--kuopio', false],
    ['-ryhma', false],
    ['ryhma-', false],
    ['', false],
  ])('%j: %s', (id, valid) => {
    expect(isValidId(id)).toBe(valid);
  });
});
