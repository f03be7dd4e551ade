import { describe, expect, test } from 'vitest';
import { schemaOutput, schemaProblems } from '../../tests/support/schema-problems.ts';
import { EventSchema } from './event.ts';

const event = (times: string) => `name: Joulujuhla
summary: Joulupuuroa ja laulua.
situations: [loneliness]
languages: [fi]
modes: [online]
area: { national: true }
${times}
`;

describe('events', () => {
  test('status defaults to scheduled and verified may be left out', () => {
    expect(schemaOutput(EventSchema, event('start: "2026-12-12T14:00"\nend: "2026-12-12T17:00"'))).toMatchObject({
      start: '2026-12-12T14:00',
      end: '2026-12-12T17:00',
      status: 'scheduled',
    });
  });

  test('an event may run over midnight and over several sessions', () => {
    const text = event('start: "2026-12-31T20:00"\nend: "2027-01-01T01:00"\nsessions:\n  - { start: "2027-01-07T18:00", end: "2027-01-07T20:00" }');
    expect(schemaProblems(EventSchema, text)).toEqual([]);
  });

  test.each([
    ['start: "2026-12-12T18:00"\nend: "2026-12-12T18:00"', ['8:6  end  the end "2026-12-12T18:00" is not after the start — check the date and the time of the end']],
    ['start: "2026-12-12T18:00"\nend: "2026-12-11T20:00"', ['8:6  end  the end "2026-12-11T20:00" is not after the start — check the date and the time of the end']],
    [
      'start: "2026-12-12T18:00"\nend: "2026-12-12T20:00"\nsessions:\n  - { start: "2026-12-19T18:00", end: "2026-12-19T17:00" }',
      ['10:39  sessions[0].end  the end "2026-12-19T17:00" is not after the start — check the date and the time of the end'],
    ],
    ['start: "2026-12-12T18:00"', ['1:1  end  the required field "end" is missing — add it, e.g. end: "19:00"']],
    ['start: 2026-12-12\nend: "2026-12-12T20:00"', ['7:8  start  "2026-12-12" is not a date and time — write it in quotes as "YYYY-MM-DDTHH:MM", e.g. "2026-12-05T18:00"']],
    [
      'start: "2026-12-12T18:00"\nend: "2026-12-12T20:00"\nstatus: peruttu',
      ['9:9  status  "peruttu" is not a status — allowed: scheduled, cancelled, postponed, moved-online'],
    ],
    [
      'start: "2026-12-12T18:00"\nend: "2026-12-12T20:00"\nstatus: canceled',
      ['9:9  status  "canceled" is not a status — did you mean cancelled? Allowed: scheduled, cancelled, postponed, moved-online'],
    ],
    [
      'start: "2026-12-12T18:00"\nend: "2026-12-12T20:00"\nschedule: [{ weekly: [tue], start: "17:30", end: "19:00" }]',
      ['9:1  schedule  "schedule" is not a known field here — known fields: name, summary, description, plainSummary, situations, audiences, ageMin, ageMax, languages, modes, area, locations, cost, registration, contact, partners, keywords, start, end, sessions, status, activity, verified'],
    ],
  ])('%s', (times, expected) => {
    expect(schemaProblems(EventSchema, event(times))).toEqual(expected);
  });
});
