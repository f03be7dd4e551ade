/** Ids of entries: the file name without extension (content-model.md, "Files"). */
import { ID_MAX_LENGTH, ID_PATTERN } from '../schemas/shared.ts';

const TRANSLITERATION: Record<string, string> = { ä: 'a', ö: 'o', å: 'a', ü: 'u', ß: 'ss', æ: 'ae', ø: 'o' };

/**
 * Proposes an id for a name: lowercase ASCII, ä/ö/å as a/o/a, other accents dropped, every run
 * of other characters one hyphen, at most 80 characters cut at a word boundary.
 */
export function proposeId(name: string): string {
  const ascii = name
    .toLowerCase()
    .replace(/[äöåüßæø]/g, (char) => TRANSLITERATION[char] ?? char)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= ID_MAX_LENGTH) return ascii;
  const cut = ascii.slice(0, ID_MAX_LENGTH);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 20 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
}

export function isValidId(id: string): boolean {
  return id.length <= ID_MAX_LENGTH && ID_PATTERN.test(id);
}
