import { describe, expect, test } from 'vitest';
import { absoluteUrl, atomFeedPath, calendarFeedPath, calendarPath, eventsPath, hsdsPath } from './routes.ts';

describe('paths of listings, calendars and feeds', () => {
  test.each([
    [eventsPath('fi'), 'tapahtumat/'],
    [eventsPath('sv', { kind: 'county', code: '13' }), 'sv/evenemangskalender/omrade/13/'],
    [eventsPath('en', { kind: 'situation', code: 'grief' }), 'en/events/life-situation/grief/'],
    [calendarPath('fi', 'event', 'suruvalo', 'kurssi'), 'kalenteri/tapahtuma/suruvalo/kurssi.ics'],
    [calendarPath('sv', 'activity', 'suruvalo', 'ryhma'), 'sv/kalender/verksamhet/suruvalo/ryhma.ics'],
    [calendarFeedPath('fi'), 'kalenteri.ics'],
    [calendarFeedPath('en', { kind: 'county', code: '90' }), 'en/calendar/area/90.ics'],
    [calendarFeedPath('fi', { kind: 'situation', code: 'grief' }), 'kalenteri/elamantilanne/grief.ics'],
    [calendarFeedPath('sv', { kind: 'organisation', id: 'suruvalo' }), 'sv/kalender/organisation/suruvalo.ics'],
    [atomFeedPath('fi'), 'syote.xml'],
    [atomFeedPath('sv', { kind: 'county', code: '13' }), 'sv/flode/omrade/13.xml'],
    [hsdsPath('en', 'services'), 'data/hsds/en/services.json'],
  ])('%s', (path, expected) => {
    expect(path).toBe(expected);
  });

  test.each([
    ['https://tukiverkko.example.org/', 'kalenteri.ics', 'https://tukiverkko.example.org/kalenteri.ics'],
    ['https://user.github.io/repo/', 'en/feed.xml', 'https://user.github.io/repo/en/feed.xml'],
    ['https://user.github.io/repo', '/tapahtumat/', 'https://user.github.io/repo/tapahtumat/'],
  ])('absoluteUrl(%s, %s)', (site, path, expected) => {
    expect(absoluteUrl(site, path)).toBe(expected);
  });
});
