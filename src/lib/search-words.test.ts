import { describe, expect, test } from 'vitest';
import { buildVocabulary, compoundParts, extraIndexWords, wordsOf } from './search-words.ts';

const vocabulary = buildVocabulary([
  'Vertaistukiryhmä',
  'vertaistuki, vertaisryhmä, ryhmä, tukiryhmä, vertainen',
  'suru surutyö kuolema menetys',
  'Kamratstödsgrupp kamratstöd stödgrupp grupp',
  'Tila vamma sairas eläke käsinoja',
  'isyys isä kahvila perhe elämä',
]);

test('wordsOf lower-cases and also gives the parts of hyphenated words', () => {
  expect(wordsOf('Chat-palvelu ja VERTAISTUKI, 24/7!')).toEqual(['chat-palvelu', 'chat', 'palvelu', 'ja', 'vertaistuki', '24', '7']);
});

test('buildVocabulary keeps single words of at least four letters', () => {
  expect(buildVocabulary(['Suru ja ikä', 'chat-palvelu'])).toEqual(new Set(['suru', 'chat', 'palvelu']));
});

describe('compoundParts', () => {
  test.each([
    ['vertaistukiryhmä', ['ryhmä', 'tukiryhmä', 'vertais', 'vertaistuki']],
    ['Vertaistukiryhmässä', ['ryhmässä', 'vertaistuki']],
    ['suruvertaisryhmä', ['ryhmä', 'suru', 'suruvertais', 'vertaisryhmä']],
    ['kamratstödsgrupp', ['grupp', 'kamratstöd']],
    ['omaiskahvila', ['kahvila', 'omais']],
  ])('splits the compound %s', (word, parts) => {
    expect(compoundParts(word, vocabulary)).toEqual(parts);
  });

  test.each([
    ['tilanteessa', 'a known word followed by an ending'],
    ['vammaisuus', 'a derivation'],
    ['sairastuminen', 'a derivation'],
    ['eläkeläinen', 'a derivation'],
    ['ryhmä', 'a known word alone'],
    ['suruton', 'too short to hold two parts'],
    ['yksinäisyys', 'a derivational ending after an unknown first part'],
    ['perhe-elämä', 'a hyphenated word'],
  ])('leaves %s alone (%s)', (word) => {
    expect(compoundParts(word, vocabulary)).toEqual([]);
  });
});

test('extraIndexWords adds keywords, term words and compound parts not already in the text', () => {
  expect(
    extraIndexWords({
      text: 'Suruvertaisryhmä Kuopiossa. Ryhmä kokoontuu kerran kuussa.',
      keywords: ['suru', 'Vertaistuki'],
      termWords: ['Suru ja läheisen kuolema', 'ryhmä'],
      vocabulary,
    }),
  ).toEqual(['suru', 'vertaistuki', 'ja', 'läheisen', 'kuolema', 'suruvertais', 'vertaisryhmä']);
});
