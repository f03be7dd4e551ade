/**
 * Extra words for the search index, so that people find an entry by the words they would use.
 *
 * Pagefind stems Finnish and Swedish words (Snowball) and matches the start of a word, so
 * "vertaistuki" already finds "vertaistukiryhmä" and "ryhmissä" finds "ryhmässä". It does not
 * split compounds, so "ryhmä" alone would miss "vertaistukiryhmä". `compoundParts` splits a
 * compound where it begins or ends with a known word, and the parts are indexed as words of
 * their own. Known words come from the taxonomies (names and keywords) and the entries'
 * `keywords`, which the content guide asks writers to fill with synonyms and compound parts.
 */

/** Parts shorter than this are not split off: "ja", "ry" and the like would only add noise. */
export const MIN_PART_LENGTH = 4;

/** Finnish derivational endings that are also words of their own (isyys = fatherhood). */
const DERIVATIONAL_ENDINGS = new Set(['isyys', 'isuus', 'inen', 'llinen', 'lainen', 'läinen', 'minen', 'uus', 'yys']);

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/** The words of a text, lower-cased; a hyphenated word also gives its parts ("chat-palvelu"). */
export function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (const match of text.toLocaleLowerCase('fi').matchAll(WORD)) {
    words.push(match[0]);
    if (match[0].includes('-')) words.push(...match[0].split('-'));
  }
  return words;
}

/** A vocabulary of known words from any texts (labels, keywords): single words only. */
export function buildVocabulary(texts: Iterable<string>): Set<string> {
  const vocabulary = new Set<string>();
  for (const text of texts) for (const word of wordsOf(text)) if ([...word].length >= MIN_PART_LENGTH && !word.includes('-')) vocabulary.add(word);
  return vocabulary;
}

/**
 * The parts of a compound word that starts or ends with a known word, e.g. "vertaistukiryhmä"
 * → ["vertaistuki", "ryhmä"], "suruvertaisryhmässä" → ["suru", "vertaisryhmässä"],
 * "kamratstödsgrupp" → ["kamratstöd", "grupp"] (Swedish linking s). Returns [] for a word that is
 * not such a compound. Inflected endings stay on the last part; the index stems them.
 */
export function compoundParts(word: string, vocabulary: ReadonlySet<string>): string[] {
  // Every entry page asks for the words of its text, and most words recur across entries.
  let known = compoundCache.get(vocabulary);
  if (!known) compoundCache.set(vocabulary, (known = new Map()));
  let parts = known.get(word);
  if (!parts) known.set(word, (parts = splitCompound(word, vocabulary)));
  return [...parts];
}

const compoundCache = new WeakMap<ReadonlySet<string>, Map<string, readonly string[]>>();

function splitCompound(word: string, vocabulary: ReadonlySet<string>): string[] {
  const lower = word.toLocaleLowerCase('fi');
  const letters = [...lower];
  // A hyphenated word is split at its hyphens already (wordsOf).
  if (letters.length < MIN_PART_LENGTH * 2 || lower.includes('-')) return [];
  const parts = new Set<string>();
  // A known word followed by a mere ending ("tila-nteessa", "vamma-isuus") is not a compound:
  // the rest must itself begin with a known word ("vertaistuki-ryhmässä").
  const beginsWithKnown = (rest: string) => {
    const restLetters = [...rest];
    for (let length = MIN_PART_LENGTH; length <= restLetters.length; length++) if (vocabulary.has(restLetters.slice(0, length).join(''))) return true;
    return false;
  };
  for (let split = MIN_PART_LENGTH; split <= letters.length - MIN_PART_LENGTH; split++) {
    const head = letters.slice(0, split).join('');
    const tail = letters.slice(split).join('');
    if (vocabulary.has(head)) {
      if (beginsWithKnown(tail)) {
        parts.add(head);
        parts.add(tail);
      } else if (tail.startsWith('s') && beginsWithKnown(tail.slice(1))) {
        // Swedish compounds often join with an s: "kamratstöd-s-grupp".
        parts.add(head);
        parts.add(tail.slice(1));
      }
    }
    if (vocabulary.has(tail)) {
      const knownHead = vocabulary.has(head) ? head : head.endsWith('s') && vocabulary.has(head.slice(0, -1)) ? head.slice(0, -1) : undefined;
      // A known word that is also a Finnish derivational ending is split off only after a known
      // first part: "yksinäisyys" is loneliness, not "yksinä" + "isyys" (fatherhood).
      if (knownHead || !DERIVATIONAL_ENDINGS.has(tail)) {
        parts.add(tail);
        parts.add(knownHead ?? head);
      }
    }
  }
  parts.delete(lower);
  return [...parts].sort();
}

/**
 * The words to add to an entry's index text: its keywords, the given term words (taxonomy labels
 * and keywords of its situations, type, audiences …), and the compound parts of every word of its
 * own text that are not in the text already. Each word once, in a stable order.
 */
export function extraIndexWords(options: { text: string; keywords: readonly string[]; termWords: readonly string[]; vocabulary: ReadonlySet<string> }): string[] {
  const present = new Set(wordsOf(options.text));
  const extra = new Set<string>();
  const add = (word: string) => {
    if (!present.has(word)) extra.add(word);
  };
  for (const phrase of [...options.keywords, ...options.termWords]) for (const word of wordsOf(phrase)) add(word);
  for (const word of new Set([...present, ...extra])) for (const part of compoundParts(word, options.vocabulary)) add(part);
  return [...extra];
}
