import { describe, expect, test } from 'vitest';
import { didYouMean, editDistance } from './did-you-mean.ts';

const ACTIVITY_FIELDS = ['name', 'summary', 'description', 'plainSummary', 'type', 'situations', 'audiences', 'ageMin', 'ageMax', 'languages', 'modes', 'area', 'locations', 'schedule', 'scheduleNote', 'cost', 'registration', 'anonymous', 'contact', 'partners', 'keywords', 'status', 'verified'];
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

describe('editDistance', () => {
  test.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['abc', 'abc', 0],
    ['kitten', 'sitting', 3],
    ['ab', 'ba', 1],
    ['verifed', 'verified', 1],
    ['greif', 'grief', 1],
    ['ca', 'abc', 3],
  ])('%j → %j: %i', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });
});

describe('didYouMean', () => {
  test.each([
    ['sumary', 'summary'],
    ['Summary', 'summary'],
    ['verifed', 'verified'],
    ['verfied', 'verified'],
    ['keyword', 'keywords'],
    ['language', 'languages'],
    ['situation', 'situations'],
    ['descripton', 'description'],
    ['desc', 'description'],
    ['lang', 'languages'],
    ['agemin', 'ageMin'],
    ['locaton', 'locations'],
    ['registeration', 'registration'],
    ['shedule', 'schedule'],
    ['anonymus', 'anonymous'],
    ['aera', 'area'],
    ['typ', 'type'],
  ])('%s → %s', (written, expected) => {
    expect(didYouMean(written, ACTIVITY_FIELDS)).toBe(expected);
  });

  test.each(['xyz', 'url', 'age', 'postinumero', 'a'])('%s has no likely match', (written) => {
    expect(didYouMean(written, ACTIVITY_FIELDS)).toBeUndefined();
  });

  test.each([
    ['tues', 'tue'],
    ['Sat', 'sat'],
    ['thur', 'thu'],
  ])('weekday %s → %s', (written, expected) => {
    expect(didYouMean(written, WEEKDAYS)).toBe(expected);
  });

  test('a Finnish weekday name is not a typo of an English one', () => {
    expect(didYouMean('tiistai', WEEKDAYS)).toBeUndefined();
  });

  test('works with any iterable, and with none', () => {
    expect(didYouMean('greif', new Set(['grief', 'loneliness']))).toBe('grief');
    expect(didYouMean('greif', [])).toBeUndefined();
  });
});
