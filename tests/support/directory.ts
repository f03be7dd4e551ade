/**
 * Directories for unit tests: the sample content as the validator reads it, or a small one made
 * of the sample's site and taxonomies plus the entries a test writes itself.
 */
import { ActivitySchema, type ActivityInput } from '../../src/schemas/activity.ts';
import { EventSchema, type EventInput } from '../../src/schemas/event.ts';
import { OrganisationSchema, type OrganisationInput } from '../../src/schemas/organisation.ts';
import { contentDirectory, readContentDirectory } from '../../src/lib/content-files.ts';
import type { DirectoryData } from '../../src/lib/listings.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { FIXED_NOW } from './clock.ts';

let sample: DirectoryData | undefined;

/** The sample directory in content/, validated with the fixed test clock. */
export function sampleDirectory(): DirectoryData {
  if (sample) return sample;
  const result = validateContent(readContentDirectory(contentDirectory({})), { clock: { today: FIXED_NOW.slice(0, 10), now: FIXED_NOW } });
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  if (errors.length > 0 || !result.site) throw new Error(`The sample content does not validate: ${JSON.stringify(errors.slice(0, 3))}`);
  sample = { site: result.site, taxonomies: result.taxonomies, organisations: result.organisations, activities: result.activities, events: result.events };
  return sample;
}

export interface SmallDirectory {
  organisations?: Record<string, Partial<OrganisationInput>>;
  /** Keyed `<org>/<id>`. */
  activities?: Record<string, Partial<ActivityInput>>;
  events?: Record<string, Partial<EventInput>>;
}

const ORGANISATION: OrganisationInput = {
  name: { fi: 'Testiyhdistys ry', sv: 'Testföreningen rf' },
  summary: 'Yhdistys testejä varten.',
  area: { counties: ['13'] },
  verified: '2026-10-01',
};

const ENTRY = {
  name: { fi: 'Vertaisryhmä', sv: 'Kamratgrupp', en: 'Peer group' },
  summary: { fi: 'Ryhmä omaishoitajille.', sv: 'En grupp för närståendevårdare.', en: 'A group for carers.' },
  situations: ['caregiving'],
  languages: ['fi'],
  modes: ['in-person'] as ('in-person' | 'online' | 'phone' | 'chat')[],
  area: { counties: ['13'] },
  locations: [{ name: 'Järjestötalo', street: 'Kauppakatu 40', postalCode: '70100', municipality: '297' }],
};

/** The sample's site and taxonomies with only the given entries; schema defaults applied. */
export function smallDirectory(input: SmallDirectory): DirectoryData {
  const base = sampleDirectory();
  const key = (value: string) => value.split('/') as [string, string];
  return {
    site: base.site,
    taxonomies: base.taxonomies,
    organisations: Object.entries(input.organisations ?? { testi: {} }).map(([id, data]) => ({
      key: id,
      org: id,
      id,
      data: OrganisationSchema.parse({ ...ORGANISATION, ...data }),
    })),
    activities: Object.entries(input.activities ?? {}).map(([name, data]) => ({
      key: name,
      org: key(name)[0],
      id: key(name)[1],
      data: ActivitySchema.parse({ ...ENTRY, type: 'peer-support-group', verified: '2026-10-01', ...data }),
    })),
    events: Object.entries(input.events ?? {}).map(([name, data]) => ({
      key: name,
      org: key(name)[0],
      id: key(name)[1],
      data: EventSchema.parse({ ...ENTRY, start: '2026-12-01T18:00', end: '2026-12-01T20:00', ...data }),
    })),
  };
}
