/**
 * The invalid-input corpus: every file in tests/fixtures/invalid/ has one fault (or, for the
 * `warning-*` files, one thing worth a warning) and sits at the content path it would have. Each is
 * validated together with the valid tree, and the test asserts the exact lines a contributor
 * reads: file, line, column, field, what is wrong and what to write instead.
 */
import { describe, expect, test } from 'vitest';
import { compareProblems, formatProblem } from '../src/lib/problems.ts';
import { validateContent, type ContentFile } from '../src/lib/validate.ts';
import { combine, FIXED_CLOCK, INVALID_DIR, readTree, VALID_DIR } from './support/content-tree.ts';

const valid = readTree(VALID_DIR);
const invalid = readTree(INVALID_DIR);

function fixture(relativePath: string): ContentFile {
  const found = invalid.find((file) => file.relativePath === relativePath);
  if (!found) throw new Error(`No fixture tests/fixtures/invalid/${relativePath}`);
  return found;
}

function report(files: readonly ContentFile[], language: 'en' | 'fi' = 'en') {
  const result = validateContent(files, { clock: FIXED_CLOCK });
  return { result, lines: [...result.problems].sort(compareProblems).map((problem) => formatProblem(problem, language)) };
}

/** Every fixture and exactly what `npm run validate` says about it, in English. */
const CORPUS: [file: string, lines: string[]][] = [
  [
    'activities/demo-org/age-in-quotes.yaml',
    [
      'content/activities/demo-org/age-in-quotes.yaml:9:9  ageMin  expected a whole number, found "18" — write a number without quotes, e.g. 2',
    ],
  ],
  [
    'activities/demo-org/age-min-over-max.yaml',
    [
      'content/activities/demo-org/age-min-over-max.yaml:10:9  ageMax  the oldest age (ageMax: 18) is below the youngest (ageMin: 65) — swap the two ages',
    ],
  ],
  [
    'activities/demo-org/age-too-high.yaml',
    [
      'content/activities/demo-org/age-too-high.yaml:9:9  ageMax  150 is not an age between 0 and 120 — write a whole number of years',
    ],
  ],
  [
    'activities/demo-org/area-national-false.yaml',
    [
      'content/activities/demo-org/area-national-false.yaml:8:19  area.national  national must be true — write { national: true }, or give counties or municipalities instead',
    ],
  ],
  [
    'activities/demo-org/area-unknown-form.yaml',
    [
      'content/activities/demo-org/area-unknown-form.yaml:8:7  area  the area is not written in a known form — write { national: true }, { counties: ["13"] } or { municipalities: ["297"] }',
    ],
  ],
  [
    'activities/demo-org/boolean-in-quotes.yaml',
    [
      'content/activities/demo-org/boolean-in-quotes.yaml:9:12  anonymous  expected true or false, found "yes" — write true or false without quotes',
    ],
  ],
  [
    'activities/demo-org/coordinates-abroad.yaml',
    [
      'content/activities/demo-org/coordinates-abroad.yaml:13:18  locations[0].coordinates  [41.9028, 12.4964] is not in Finland — write the latitude (59–70) first, then the longitude (19–31), e.g. [62.8924, 27.6783]',
    ],
  ],
  [
    'activities/demo-org/coordinates-one-number.yaml',
    [
      'content/activities/demo-org/coordinates-one-number.yaml:13:18  locations[0].coordinates  expected [latitude, longitude], found a list — write two decimal numbers, e.g. [62.8924, 27.6783]',
    ],
  ],
  [
    'activities/demo-org/coordinates-outside-finland.yaml',
    [
      'content/activities/demo-org/coordinates-outside-finland.yaml:13:18  locations[0].coordinates  [27.6783, 62.8924] has the latitude and the longitude the wrong way round — write the latitude first: [62.8924, 27.6783]',
    ],
  ],
  [
    'activities/demo-org/cost-typo.yaml',
    [
      'content/activities/demo-org/cost-typo.yaml:9:7  cost  "fre" is not a cost — did you mean free? Write free, membership, or { fee: "5 € / kerta" }',
    ],
  ],
  [
    'activities/demo-org/county-name.yaml',
    [
      'content/activities/demo-org/county-name.yaml:8:20  area.counties[0]  "Pohjois-Savo" is not a county code — write the two-digit code from content/taxonomies/wellbeing-counties.csv in quotes, e.g. "13"',
    ],
  ],
  [
    'activities/demo-org/county-true.yaml',
    [
      'content/activities/demo-org/county-true.yaml:8:20  area.counties[0]  expected a county code, found true — write a two-digit code in quotes, e.g. "13"',
    ],
  ],
  [
    'activities/demo-org/date-finnish-format.yaml',
    [
      'content/activities/demo-org/date-finnish-format.yaml:9:11  verified  "1.10.2026" is not a date in the form YYYY-MM-DD — write 2026-10-01',
    ],
  ],
  [
    'activities/demo-org/date-not-in-calendar.yaml',
    [
      'content/activities/demo-org/date-not-in-calendar.yaml:9:11  verified  "2026-02-30" is not a date in the calendar — check the day and the month',
    ],
  ],
  [
    'activities/demo-org/date-number.yaml',
    [
      'content/activities/demo-org/date-number.yaml:10:11  verified  expected a date, found 20261001 — write the date as YYYY-MM-DD, e.g. 2026-09-01',
    ],
  ],
  [
    'activities/demo-org/email-bad.yaml',
    [
      'content/activities/demo-org/email-bad.yaml:10:10  contact.email  "info.demo.example.fi" is not an e-mail address — write e.g. info@example.fi (no spaces, one @)',
    ],
  ],
  [
    'activities/demo-org/email-number.yaml',
    [
      'content/activities/demo-org/email-number.yaml:10:10  contact.email  expected an e-mail address, found 12 — write e.g. info@example.fi',
    ],
  ],
  [
    'activities/demo-org/empty-file.yaml',
    [
      'content/activities/demo-org/empty-file.yaml:1:1  the file is empty — write the fields of the entry, e.g. name: and summary:',
    ],
  ],
  [
    'activities/demo-org/every-zero.yaml',
    [
      'content/activities/demo-org/every-zero.yaml:13:12  schedule[0].every  every: 0 is out of range — write 1 for every week or month, 2 for every second, and so on',
    ],
  ],
  [
    'activities/demo-org/in-person-without-locations.yaml',
    [
      'content/activities/demo-org/in-person-without-locations.yaml:7:1  locations  the activity is in person (modes: in-person) but has no locations — add locations: with street, postalCode and municipality, or remove in-person from modes',
    ],
  ],
  [
    'activities/demo-org/invalid-utf8.yaml',
    [
      'content/activities/demo-org/invalid-utf8.yaml:2:18  the file is not valid UTF-8 text — save it as UTF-8 (in most editors: "Save with encoding" → UTF-8)',
    ],
  ],
  [
    'activities/demo-org/language-name.yaml',
    [
      'content/activities/demo-org/language-name.yaml:6:13  languages[0]  "suomi" is not a language code — write the code, e.g. fi',
    ],
  ],
  [
    'activities/demo-org/language-number.yaml',
    [
      'content/activities/demo-org/language-number.yaml:6:13  languages[0]  expected a language code, found 1 — write e.g. fi, sv, en or fse',
    ],
  ],
  [
    'activities/demo-org/list-not-fields.yaml',
    [
      'content/activities/demo-org/list-not-fields.yaml:1:1  the file must contain fields written as "key: value" — start each field on its own line: name: Vertaistukiryhmä',
    ],
  ],
  [
    'activities/demo-org/location-without-street.yaml',
    [
      'content/activities/demo-org/location-without-street.yaml:10:5  locations[0].street  the required field "street" is missing — add it, e.g. street: "Kauppakatu 40"',
    ],
  ],
  [
    'activities/demo-org/md-description-twice.md',
    [
      'content/activities/demo-org/md-description-twice.md:5:1  description  the description is written both as a field and as the text below the front matter — keep one: remove the description: field or the text below the second "---"',
    ],
  ],
  [
    'activities/demo-org/md-without-front-matter.md',
    [
      'content/activities/demo-org/md-without-front-matter.md:1:1  a .md file must start with fields between two "---" lines — put "---" on the first line, then the fields, then "---", then the description',
    ],
  ],
  [
    'activities/demo-org/missing-verified.yaml',
    [
      'content/activities/demo-org/missing-verified.yaml:2:1  verified  the required field "verified" is missing — add it, e.g. verified: 2026-11-23',
    ],
  ],
  [
    'activities/demo-org/mode-typo.yaml',
    [
      'content/activities/demo-org/mode-typo.yaml:7:17  modes[1]  "in-peson" is not a way to take part — did you mean in-person? Allowed: in-person, online, phone, chat',
    ],
  ],
  [
    'activities/demo-org/municipality-name.yaml',
    [
      'content/activities/demo-org/municipality-name.yaml:8:26  area.municipalities[0]  "Kuopio" is not a municipality code — write the three-digit code from content/taxonomies/municipalities.csv in quotes, e.g. "091" (Helsinki)',
    ],
  ],
  [
    'activities/demo-org/name-empty-map.yaml',
    [
      'content/activities/demo-org/name-empty-map.yaml:2:7  name  no text is given in any language — write e.g. { fi: "Teksti suomeksi" }',
    ],
  ],
  [
    'activities/demo-org/name-list.yaml',
    [
      'content/activities/demo-org/name-list.yaml:2:7  name  expected text, found a list — write the text after the colon, or one text per language: { fi: "…", sv: "…" }',
    ],
  ],
  [
    'activities/demo-org/name-without-default-language.yaml',
    [
      'content/activities/demo-org/name-without-default-language.yaml:3:3  name  the text has no version in fi, the site\'s default language — add fi: "…" to the map',
    ],
  ],
  [
    'activities/demo-org/nth-out-of-range.yaml',
    [
      'content/activities/demo-org/nth-out-of-range.yaml:10:39  schedule[0].monthly.nth[1]  6 is not a position in the month — write 1 (first), 2, 3, 4, 5, -1 (last) or -2 (second to last)',
    ],
  ],
  [
    'activities/demo-org/partner-number.yaml',
    [
      'content/activities/demo-org/partner-number.yaml:9:12  partners[0]  expected an id, found 12 — write the file name of the entry without its extension, e.g. mieli-kuopio',
    ],
  ],
  [
    'activities/demo-org/partner-unknown.yaml',
    [
      'content/activities/demo-org/partner-unknown.yaml:9:12  partners[0]  there is no organisation "toinen-yhdistis" — did you mean "toinen-yhdistys"?',
    ],
  ],
  [
    'activities/demo-org/phone-bad.yaml',
    [
      'content/activities/demo-org/phone-bad.yaml:10:10  contact.phone  "040 123 ABC" is not a phone number — write e.g. "040 123 4567", "09 123 4567", "+358 40 123 4567" or a service number "116 111"',
    ],
  ],
  [
    'activities/demo-org/phone-list.yaml',
    [
      'content/activities/demo-org/phone-list.yaml:10:10  contact.phone  expected a phone number, found a list — write it in quotes, e.g. "040 123 4567" or "+358 9 123 4567"',
    ],
  ],
  [
    'activities/demo-org/postal-code-short.yaml',
    [
      'content/activities/demo-org/postal-code-short.yaml:11:17  locations[0].postalCode  "7010" is not a Finnish postal code — write five digits in quotes, e.g. "00100"',
    ],
  ],
  [
    'activities/demo-org/postal-code-true.yaml',
    [
      'content/activities/demo-org/postal-code-true.yaml:11:17  locations[0].postalCode  expected a postal code, found true — write five digits in quotes, e.g. "00100"',
    ],
  ],
  [
    'activities/demo-org/registration-without-required.yaml',
    [
      'content/activities/demo-org/registration-without-required.yaml:9:1  registration.required  the required field "required" is missing — add it, e.g. required: true',
    ],
  ],
  [
    'activities/demo-org/ryhmä_kuopio.yaml',
    [
      'content/activities/demo-org/ryhmä_kuopio.yaml:1:1  "ryhmä_kuopio" is not a valid id — use lowercase letters a–z, digits and single hyphens, e.g. "ryhma-kuopio"',
    ],
  ],
  [
    'activities/demo-org/ryhma.mdx',
    [
      'content/activities/demo-org/ryhma.mdx:1:1  MDX can run code, so entries from organisations must be .yaml or .md — rename the file to .md (Markdown) or .yaml',
    ],
  ],
  [
    'activities/demo-org/ryhma.txt',
    [
      'content/activities/demo-org/ryhma.txt:1:1  files here must end in .yaml or .md — rename the file to end in .yaml or .md',
    ],
  ],
  [
    'activities/demo-org/schedule-by-appointment-false.yaml',
    [
      'content/activities/demo-org/schedule-by-appointment-false.yaml:9:28  schedule.byAppointment  this must be true — write { byAppointment: true } or { alwaysOpen: true }, or remove it',
    ],
  ],
  [
    'activities/demo-org/schedule-rule-without-days.yaml',
    [
      'content/activities/demo-org/schedule-rule-without-days.yaml:10:5  schedule[0]  this schedule rule has no weekly:, monthly: or dates: field — start the rule with e.g. "- weekly: [tue]", "- monthly: { weekday: sat, nth: [1] }" or "- dates: [2026-12-05]"',
    ],
  ],
  [
    'activities/demo-org/schedule-text.yaml',
    [
      'content/activities/demo-org/schedule-text.yaml:9:11  schedule  "tiistaisin klo 17" is not a schedule — write a list of rules (- weekly: [tue] …), or { byAppointment: true }, or { alwaysOpen: true }',
    ],
  ],
  [
    'activities/demo-org/schedule-without-dash.yaml',
    [
      'content/activities/demo-org/schedule-without-dash.yaml:10:3  schedule  the schedule rules must be a list — start each rule with "- ", e.g. "  - weekly: [tue]" on the line below schedule:',
    ],
  ],
  [
    'activities/demo-org/situation-number.yaml',
    [
      'content/activities/demo-org/situation-number.yaml:5:14  situations[0]  expected a code, found 12 — write a code from content/taxonomies/, e.g. loneliness',
    ],
  ],
  [
    'activities/demo-org/situation-twice.yaml',
    [
      'content/activities/demo-org/situation-twice.yaml:5:21  situations[1]  "grief" is listed twice — remove the repeat',
    ],
  ],
  [
    'activities/demo-org/situations-empty.yaml',
    [
      'content/activities/demo-org/situations-empty.yaml:5:13  situations  the list is empty — add at least one item',
    ],
  ],
  [
    'activities/demo-org/situations-not-a-list.yaml',
    [
      'content/activities/demo-org/situations-not-a-list.yaml:5:13  situations  expected a list, found "loneliness" — write a list in brackets, e.g. [loneliness], or one "- item" per line',
    ],
  ],
  [
    'activities/demo-org/status-typo.yaml',
    [
      'content/activities/demo-org/status-typo.yaml:9:9  status  "pasued" is not a status — did you mean paused? Allowed: active, paused, ended',
    ],
  ],
  [
    'activities/demo-org/summary-empty.yaml',
    [
      'content/activities/demo-org/summary-empty.yaml:3:10  summary  the text is empty — write the text, or remove the field if it is optional',
    ],
  ],
  [
    'activities/demo-org/summary-too-long.yaml',
    [
      'content/activities/demo-org/summary-too-long.yaml:3:10  summary  the text is 319 characters; at most 300 are allowed — shorten it; the full story belongs in description',
    ],
  ],
  [
    'activities/demo-org/text-language-name.yaml',
    [
      'content/activities/demo-org/text-language-name.yaml:3:37  summary.ruotsi  "ruotsi" is not a language code — write the code, e.g. sv',
    ],
  ],
  [
    'activities/demo-org/time-end-equals-start.yaml',
    [
      'content/activities/demo-org/time-end-equals-start.yaml:12:10  schedule[0].end  the end time is the same as the start time — write when it ends, e.g. start: "17:30" and end: "19:00"',
    ],
  ],
  [
    'activities/demo-org/time-unquoted-number.yaml',
    [
      'content/activities/demo-org/time-unquoted-number.yaml:12:10  schedule[0].end  19.00 is not a time — write the time in quotes as HH:MM, e.g. "19:00"',
    ],
  ],
  [
    'activities/demo-org/time-with-dot.yaml',
    [
      'content/activities/demo-org/time-with-dot.yaml:11:12  schedule[0].start  "17.30" is not a time — write the time in quotes as HH:MM, e.g. "17:30"',
    ],
  ],
  [
    'activities/demo-org/type-with-spaces.yaml',
    [
      'content/activities/demo-org/type-with-spaces.yaml:4:7  type  "Peer Support" is not a code — codes are lowercase words joined with hyphens, e.g. peer-support-group',
    ],
  ],
  [
    'activities/demo-org/unknown-accessibility.yaml',
    [
      'content/activities/demo-org/unknown-accessibility.yaml:13:21  locations[0].accessibility[0]  "step-free-acess" is not a code in accessibility.yaml — did you mean "step-free-access"?',
    ],
  ],
  [
    'activities/demo-org/unknown-audience.yaml',
    [
      'content/activities/demo-org/unknown-audience.yaml:9:13  audiences[0]  "pensioners" is not a code in audiences.yaml — see the codes in content/taxonomies/audiences.yaml',
    ],
  ],
  [
    'activities/demo-org/unknown-county.yaml',
    [
      'content/activities/demo-org/unknown-county.yaml:8:20  area.counties[0]  "31" is not a wellbeing services county code — did you mean "13"? Codes are in content/taxonomies/wellbeing-counties.csv',
    ],
  ],
  [
    'activities/demo-org/unknown-field.yaml',
    [
      'content/activities/demo-org/unknown-field.yaml:9:1  anonymus  "anonymus" is not a known field here — did you mean "anonymous"?',
    ],
  ],
  [
    'activities/demo-org/unknown-language.yaml',
    [
      'content/activities/demo-org/unknown-language.yaml:6:17  languages[1]  "xx" is not a code in languages.yaml — see the codes in content/taxonomies/languages.yaml',
    ],
  ],
  [
    'activities/demo-org/unknown-municipality.yaml',
    [
      'content/activities/demo-org/unknown-municipality.yaml:12:19  locations[0].municipality  "999" is not a municipality code — use the 3-digit code from content/taxonomies/municipalities.csv, e.g. "091" for Helsinki',
    ],
  ],
  [
    'activities/demo-org/unknown-situation.yaml',
    [
      'content/activities/demo-org/unknown-situation.yaml:5:26  situations[1]  "greif" is not a code in situations.yaml — did you mean "grief"?',
    ],
  ],
  [
    'activities/demo-org/unknown-type.yaml',
    [
      'content/activities/demo-org/unknown-type.yaml:4:7  type  "peer-suport-group" is not a code in activity-types.yaml — did you mean "peer-support-group"?',
    ],
  ],
  [
    'activities/demo-org/until-before-from.yaml',
    [
      'content/activities/demo-org/until-before-from.yaml:14:12  schedule[0].until  the rule ends (until: 2026-12-15) before it starts (from: 2027-01-10) — swap the two dates or correct one of them',
    ],
  ],
  [
    'activities/demo-org/url-javascript.yaml',
    [
      'content/activities/demo-org/url-javascript.yaml:10:12  contact.website  links starting with "javascript:" are not allowed — only https:// (or http://) web addresses can be used',
    ],
  ],
  [
    'activities/demo-org/url-without-scheme.yaml',
    [
      'content/activities/demo-org/url-without-scheme.yaml:10:12  contact.website  "www.demo.example.fi/ryhma" is not a full web address — write it with https:// in front: "https://www.demo.example.fi/ryhma"',
    ],
  ],
  [
    'activities/demo-org/Vertaisryhma-kuopio.yaml',
    [
      'content/activities/demo-org/Vertaisryhma-kuopio.yaml:1:1  "Vertaisryhma-kuopio" is not a valid id — use lowercase letters a–z, digits and single hyphens, e.g. "vertaisryhma-kuopio"',
    ],
  ],
  [
    'activities/demo-org/vertaisryhma.md',
    [
      'content/activities/demo-org/vertaisryhma.md:1:1  the id "vertaisryhma" is also used by content/activities/demo-org/vertaisryhma.yaml — one entry is one file: delete one of the two, or give it another file name',
      'content/activities/demo-org/vertaisryhma.yaml:1:1  the id "vertaisryhma" is also used by content/activities/demo-org/vertaisryhma.md — one entry is one file: delete one of the two, or give it another file name',
    ],
  ],
  [
    'activities/demo-org/warning-area-outside-site.yaml',
    [
      'content/activities/demo-org/warning-area-outside-site.yaml:8:20  area.counties[0]  warning: county 17 is outside the counties this directory covers (13, 90) — check the code, or ask the maintainers to add the county to site.yaml',
    ],
  ],
  [
    'activities/demo-org/warning-every-without-from.yaml',
    [
      'content/activities/demo-org/warning-every-without-from.yaml:11:12  schedule[0].every  warning: every: 2 has no from: date, so it is not clear which weeks (or months) are meant — add from: with the date of one meeting, e.g. from: 2026-09-01',
    ],
  ],
  [
    'activities/demo-org/warning-location-outside-area.yaml',
    [
      'content/activities/demo-org/warning-location-outside-area.yaml:12:19  locations[0].municipality  warning: the location is in municipality 749, outside the entry\'s area — add the municipality or its county to area:, or check the code',
    ],
  ],
  [
    'activities/demo-org/warning-schedule-dst-gap.yaml',
    [
      'content/activities/demo-org/warning-schedule-dst-gap.yaml:11:12  schedule[0].start  warning: on 2027-03-28 the time 03:30 does not exist in Europe/Helsinki (the clocks go forward); that occurrence is skipped — move the start to before 03:00 or from 04:00 on, or add the date to except:',
    ],
  ],
  [
    'activities/demo-org/warning-unknown-text-language.yaml',
    [
      'content/activities/demo-org/warning-unknown-text-language.yaml:4:3  name.de  warning: "de" is not one of the site\'s languages (fi, sv, en), so this text is never shown — check the language code',
    ],
  ],
  [
    'activities/demo-org/website-number.yaml',
    [
      'content/activities/demo-org/website-number.yaml:10:12  contact.website  expected a web address, found 12 — write the full address, e.g. https://example.fi/ryhmat',
    ],
  ],
  [
    'activities/demo-org/weekday-finnish.yaml',
    [
      'content/activities/demo-org/weekday-finnish.yaml:10:14  schedule[0].weekly[0]  "tiistai" is not a weekday — did you mean tue? Weekdays: mon tue wed thu fri sat sun',
    ],
  ],
  [
    'activities/demo-org/yaml-anchor-alias.yaml',
    [
      'content/activities/demo-org/yaml-anchor-alias.yaml:2:7  YAML anchors and aliases (&name, *name) are not allowed — write the value out in full where it is needed',
    ],
  ],
  [
    'activities/demo-org/yaml-at-sign.yaml',
    [
      'content/activities/demo-org/yaml-at-sign.yaml:10:15  a text cannot start with @ without quotes — put the text in quotes: scheduleNote: "@demoyhdistys kertoo muutoksista"',
    ],
  ],
  [
    'activities/demo-org/yaml-bad-escape.yaml',
    [
      'content/activities/demo-org/yaml-bad-escape.yaml:9:25  a backslash (\\) inside "double quotes" must start a known special character such as \\n — use single quotes instead, e.g. note: \'C:\\kansio\', or write the backslash twice (\\\\)',
    ],
  ],
  [
    'activities/demo-org/yaml-bad-indentation.yaml',
    [
      'content/activities/demo-org/yaml-bad-indentation.yaml:11:2  the indentation is wrong here — indent nested fields with two spaces more than the line above, and list items ("- ") consistently',
    ],
  ],
  [
    'activities/demo-org/yaml-colon-in-value.yaml',
    [
      'content/activities/demo-org/yaml-colon-in-value.yaml:4:15  the text after "scheduleNote:" contains ": ", which YAML reads as the start of another field — put the text in quotes: scheduleNote: "Huom: sisäänkäynti pihalta"',
    ],
  ],
  [
    'activities/demo-org/yaml-custom-tag.yaml',
    [
      'content/activities/demo-org/yaml-custom-tag.yaml:3:10  YAML tags such as !markdown are not allowed — remove the tag; put the value in quotes if it must stay text',
    ],
  ],
  [
    'activities/demo-org/yaml-deep-nesting.yaml',
    [
      'content/activities/demo-org/yaml-deep-nesting.yaml:9:42  the fields are nested too deeply — check the indentation',
    ],
  ],
  [
    'activities/demo-org/yaml-duplicate-key.yaml',
    [
      'content/activities/demo-org/yaml-duplicate-key.yaml:6:1  the field "summary" is written twice — keep only one of the two lines (the other is line 3)',
    ],
  ],
  [
    'activities/demo-org/yaml-merge-key.yaml',
    [
      'content/activities/demo-org/yaml-merge-key.yaml:10:3  YAML merge keys (<<) are not allowed — write the fields out in full',
    ],
  ],
  [
    'activities/demo-org/yaml-missing-colon.yaml',
    [
      'content/activities/demo-org/yaml-missing-colon.yaml:9:1  this line is not a "key: value" pair — check for a missing ":" or a value with ": " inside that needs quotes, e.g. note: "Huom: sisäänkäynti pihalta"',
    ],
  ],
  [
    'activities/demo-org/yaml-multiple-documents.yaml',
    [
      'content/activities/demo-org/yaml-multiple-documents.yaml:6:1  the file contains more than one YAML document (a "---" line in the middle) — remove the extra "---" line; one file holds one entry',
    ],
  ],
  [
    'activities/demo-org/yaml-tab.yaml',
    [
      'content/activities/demo-org/yaml-tab.yaml:9:1  a tab character is used for indentation — indent with spaces (two per level), not tabs',
    ],
  ],
  [
    'activities/demo-org/yaml-text-after-quote.yaml',
    [
      'content/activities/demo-org/yaml-text-after-quote.yaml:9:15  there is more text after the closing quotation mark of "scheduleNote:" — put all of the text inside the quotes: scheduleNote: "Ei heinäkuussa eikä jouluna"',
    ],
  ],
  [
    'activities/demo-org/yaml-unclosed-list.yaml',
    [
      'content/activities/demo-org/yaml-unclosed-list.yaml:6:12  a list in [ ] or a map in { } is not closed, or a comma is missing — write e.g. [tue, thu] or { fi: Teksti, sv: Text }',
    ],
  ],
  [
    'activities/demo-org/yaml-unclosed-quote.yaml',
    [
      'content/activities/demo-org/yaml-unclosed-quote.yaml:3:10  the quotation mark that starts this text is never closed — add the same quotation mark at the end of the text on this line',
    ],
  ],
  [
    'activities/ei-jarjestoa/ryhma.yaml',
    [
      'content/activities/ei-jarjestoa/ryhma.yaml:1:1  there is no organisation "ei-jarjestoa" (content/organisations/ei-jarjestoa.yaml) — add the organisation first, or move the file into an existing organisation folder',
    ],
  ],
  [
    'events/demo-org/activity-id-format.yaml',
    [
      'content/events/demo-org/activity-id-format.yaml:10:11  activity  "Vertaisryhmä" is not a valid id — use lowercase letters a–z, digits and hyphens, e.g. "vertaisryhma"',
    ],
  ],
  [
    'events/demo-org/date-time-not-in-calendar.yaml',
    [
      'content/events/demo-org/date-time-not-in-calendar.yaml:8:8  start  "2026-11-31T18:00" is not a date in the calendar — check the day and the month',
    ],
  ],
  [
    'events/demo-org/datetime-with-space.yaml',
    [
      'content/events/demo-org/datetime-with-space.yaml:8:8  start  "2026-12-12 18.00" is not a date and time — write it in quotes as "YYYY-MM-DDTHH:MM", e.g. "2026-12-12T18:00"',
    ],
  ],
  [
    'events/demo-org/end-before-start.yaml',
    [
      'content/events/demo-org/end-before-start.yaml:9:6  end  the end "2026-12-12T16:00" is not after the start — check the date and the time of the end',
    ],
  ],
  [
    'events/demo-org/event-status-typo.yaml',
    [
      'content/events/demo-org/event-status-typo.yaml:10:9  status  "active" is not a status — allowed: scheduled, cancelled, postponed, moved-online',
    ],
  ],
  [
    'events/demo-org/session-end-before-start.yaml',
    [
      'content/events/demo-org/session-end-before-start.yaml:12:10  sessions[0].end  the end "2026-12-19T17:00" is not after the start — check the date and the time of the end',
    ],
  ],
  [
    'events/demo-org/start-in-dst-gap.yaml',
    [
      'content/events/demo-org/start-in-dst-gap.yaml:8:8  start  "2027-03-28T03:30" does not exist in Europe/Helsinki: the clocks go forward from 03:00 to 04:00 that night — choose a time before 03:00 or from 04:00 on',
    ],
  ],
  [
    'events/demo-org/start-number.yaml',
    [
      'content/events/demo-org/start-number.yaml:8:8  start  expected a date and time, found 2026 — write it in quotes as "YYYY-MM-DDTHH:MM", e.g. "2026-12-05T18:00"',
    ],
  ],
  [
    'events/demo-org/unknown-activity.yaml',
    [
      'content/events/demo-org/unknown-activity.yaml:10:11  activity  the organisation has no activity "vertaisryhm" — did you mean "vertaisryhma"?',
    ],
  ],
  [
    'events/demo-org/warning-http-link.yaml',
    [
      'content/events/demo-org/warning-http-link.yaml:12:8  registration.url  warning: "http://demo.example.fi/ilmoittaudu" is not a secure (https) address — use https:// if the site supports it',
    ],
  ],
  [
    'events/demo-org/warning-past-event.yaml',
    [
      'content/events/demo-org/warning-past-event.yaml:9:6  end  warning: the event ended on 2026-10-10 15:00 and is no longer listed — delete the file when it is no longer needed',
    ],
  ],
  [
    'kuvat/logo.txt',
    [
      'content/kuvat/logo.txt:1:1  this file is not part of the content layout (site.yaml, taxonomies/, organisations/<org>.yaml, activities/<org>/<id>.yaml|.md, events/<org>/<id>.yaml|.md, pages/<id>.<lang>.mdx) — move or rename it, or delete it (see "Content guide" in README.md)',
    ],
  ],
  [
    'organisations/business-id-check-digit.yaml',
    [
      'content/organisations/business-id-check-digit.yaml:5:13  businessId  the check digit of business ID "0112038-8" is wrong — copy the ID from ytj.fi; a typo in one digit changes the check digit',
    ],
  ],
  [
    'organisations/business-id-format.yaml',
    [
      'content/organisations/business-id-format.yaml:5:13  businessId  "01120389" is not a Finnish business ID — write seven digits, a hyphen and the check digit: "1234567-8"',
    ],
  ],
  [
    'organisations/business-id-number.yaml',
    [
      'content/organisations/business-id-number.yaml:5:13  businessId  expected a business ID, found 1120389 — write it in quotes as "1234567-8"',
    ],
  ],
  [
    'organisations/phone-too-short.yaml',
    [
      'content/organisations/phone-too-short.yaml:6:10  contact.phone  "040 12" is not a phone number — write e.g. "040 123 4567", "09 123 4567", "+358 40 123 4567" or a service number "116 111"',
    ],
  ],
  [
    'organisations/warning-stale.yaml',
    [
      'content/organisations/warning-stale.yaml:5:11  verified  warning: last verified on 2025-09-30, more than 12 months ago — ask the organisation to check the entry and update verified: to today',
    ],
  ],
];

/** A sample in Finnish (`--lang fi`). */
const FINNISH: [file: string, lines: string[]][] = [
  [
    'activities/demo-org/date-not-in-calendar.yaml',
    [
      'content/activities/demo-org/date-not-in-calendar.yaml:9:11  verified  päivämäärää "2026-02-30" ei ole kalenterissa — tarkista päivä ja kuukausi',
    ],
  ],
  [
    'activities/demo-org/in-person-without-locations.yaml',
    [
      'content/activities/demo-org/in-person-without-locations.yaml:7:1  locations  toiminta on paikan päällä (modes: in-person), mutta locations puuttuu — lisää locations: (street, postalCode, municipality) tai poista in-person modes-kentästä',
    ],
  ],
  [
    'activities/demo-org/invalid-utf8.yaml',
    [
      'content/activities/demo-org/invalid-utf8.yaml:2:18  tiedosto ei ole kelvollista UTF-8-tekstiä — tallenna se UTF-8-muodossa (useimmissa editoreissa "Tallenna merkistöllä" → UTF-8)',
    ],
  ],
  [
    'activities/demo-org/ryhma.txt',
    [
      'content/activities/demo-org/ryhma.txt:1:1  tämän kansion tiedostojen päätteen pitää olla .yaml tai .md — vaihda tiedoston päätteeksi .yaml tai .md',
    ],
  ],
  [
    'activities/demo-org/time-with-dot.yaml',
    [
      'content/activities/demo-org/time-with-dot.yaml:11:12  schedule[0].start  "17.30" ei ole kellonaika — kirjoita aika lainausmerkeissä muodossa TT:MM, esim. "17:30"',
    ],
  ],
  [
    'activities/demo-org/unknown-field.yaml',
    [
      'content/activities/demo-org/unknown-field.yaml:9:1  anonymus  "anonymus" ei ole tunnettu kenttä tässä kohdassa — tarkoititko "anonymous"?',
    ],
  ],
  [
    'activities/demo-org/unknown-situation.yaml',
    [
      'content/activities/demo-org/unknown-situation.yaml:5:26  situations[1]  "greif" ei ole koodi tiedostossa situations.yaml — tarkoititko "grief"?',
    ],
  ],
  [
    'activities/demo-org/weekday-finnish.yaml',
    [
      'content/activities/demo-org/weekday-finnish.yaml:10:14  schedule[0].weekly[0]  "tiistai" ei ole viikonpäivä — tarkoititko tue? Viikonpäivät: mon tue wed thu fri sat sun',
    ],
  ],
  [
    'activities/demo-org/yaml-colon-in-value.yaml',
    [
      'content/activities/demo-org/yaml-colon-in-value.yaml:4:15  kentän "scheduleNote:" tekstissä on ": ", jonka YAML lukee uuden kentän aluksi — laita teksti lainausmerkkeihin: scheduleNote: "Huom: sisäänkäynti pihalta"',
    ],
  ],
  [
    'activities/demo-org/yaml-duplicate-key.yaml',
    [
      'content/activities/demo-org/yaml-duplicate-key.yaml:6:1  kenttä "summary" on kirjoitettu kahdesti — jätä vain toinen riveistä (toinen on rivillä 3)',
    ],
  ],
  [
    'events/demo-org/start-in-dst-gap.yaml',
    [
      'content/events/demo-org/start-in-dst-gap.yaml:8:8  start  aikaa "2027-03-28T03:30" ei ole aikavyöhykkeellä Europe/Helsinki: kelloja siirretään sinä yönä kello 3.00:sta 4.00:aan — valitse aika ennen kello 3.00 tai kello 4.00 jälkeen',
    ],
  ],
  [
    'organisations/business-id-check-digit.yaml',
    [
      'content/organisations/business-id-check-digit.yaml:5:13  businessId  Y-tunnuksen "0112038-8" tarkistusnumero on väärin — kopioi tunnus ytj.fi-palvelusta; yksikin väärä numero muuttaa tarkistusnumeron',
    ],
  ],
  [
    'organisations/warning-stale.yaml',
    [
      'content/organisations/warning-stale.yaml:5:11  verified  varoitus: tarkistettu viimeksi 2025-09-30, yli 12 kuukautta sitten — pyydä järjestöä tarkistamaan merkintä ja päivittämään verified: tähän päivään',
    ],
  ],
];

describe('the valid fixture tree', () => {
  test('has no errors and no warnings', () => {
    expect(report(valid).lines).toEqual([]);
  });

  test('yields every entry it holds', () => {
    const { result } = report(valid);
    expect(result.organisations.map((entry) => entry.key)).toEqual(['demo-org', 'toinen-yhdistys']);
    expect(result.activities.map((entry) => entry.key)).toEqual([
      'demo-org/muistikahvila',
      'demo-org/vertaisryhma',
      'toinen-yhdistys/auttava-puhelin',
      'toinen-yhdistys/surukahvila',
    ]);
    expect(result.events.map((entry) => entry.key)).toEqual(['demo-org/joulujuhla-2026', 'toinen-yhdistys/suruluento']);
    expect(result.taxonomies.municipalities.map((municipality) => municipality.code)).toEqual(['091', '297', '749', '905']);
    expect(result.site?.languages).toEqual(['fi', 'sv', 'en']);
  });
});

describe('the invalid corpus', () => {
  test('has at least 45 files, each listed here exactly once', () => {
    const listed = CORPUS.map(([file]) => file);
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.sort()).toEqual(invalid.map((file) => file.relativePath).sort());
    expect(CORPUS.filter(([file]) => !file.split('/').at(-1)!.startsWith('warning-')).length).toBeGreaterThanOrEqual(45);
  });

  test.each(CORPUS)('%s', (file, expected) => {
    const { result, lines } = report(combine(valid, fixture(file)));
    expect(lines).toEqual(expected);
    const warningOnly = file.split('/').at(-1)!.startsWith('warning-');
    const severities = new Set(result.problems.map((problem) => problem.severity));
    expect([...severities]).toEqual([warningOnly ? 'warning' : 'error']);
    // An entry with an error never reaches the build; one with only warnings does.
    const key = file.replace(/^(activities|events|organisations)\//, '').replace(/\.(yaml|md|mdx|txt)$/, '');
    const published = [...result.organisations, ...result.activities, ...result.events].some((entry) => entry.key === key);
    expect(published).toBe(warningOnly);
  });

  test.each(FINNISH)('%s in Finnish', (file, expected) => {
    expect(report(combine(valid, fixture(file)), 'fi').lines).toEqual(expected);
  });

  test('all faults together are found in one run, each at its own line', () => {
    const { result, lines } = report(combine(valid, ...invalid));
    const expected = [...new Set(CORPUS.flatMap(([, each]) => each))];
    expect(lines.toSorted()).toEqual(expected.toSorted());
    // Nothing from the invalid files reaches the build but the warning-only ones.
    const invalidKeys = new Set(CORPUS.filter(([file]) => !file.split('/').at(-1)!.startsWith('warning-')).map(([file]) => file.replace(/^[a-z]+\//, '').replace(/\.[a-z]+$/, '')));
    expect([...result.organisations, ...result.activities, ...result.events].filter((entry) => invalidKeys.has(entry.key))).toEqual([]);
  });
});
