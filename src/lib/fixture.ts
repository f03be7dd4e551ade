/**
 * A synthetic directory of any size for benchmarks (scripts/fixture.ts, scripts/bench.ts). The
 * same seed and `today` give byte-identical files. The shape follows a real national directory:
 * organisations with several activities (a few with many), most entries in the large cities,
 * Finnish first with a Swedish and English share, recurring schedules, events around today, and
 * every taxonomy code in use. Every file passes the validator without errors or warnings.
 */
import yaml from 'js-yaml';
import { DateTime } from 'luxon';

/** The site time zone of the fixture's directory; its `today` is a day in this zone. */
export const FIXTURE_TIME_ZONE = 'Europe/Helsinki';

export interface FixtureOptions {
  /** Number of activities; events are about a fifth of that, organisations about a quarter. */
  entries: number;
  seed?: number;
  /** YYYY-MM-DD that events and schedules are placed around. */
  today: string;
}

export interface TaxonomyCodes {
  situations: string[];
  audiences: string[];
  activityTypes: string[];
  accessibility: string[];
  /** Municipality code → county code (municipalities.csv). */
  municipalities: Map<string, string>;
  municipalityNames: Map<string, string>;
}

/** mulberry32: small, fast and deterministic. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Population in thousands (2025, rounded) of the largest municipalities; the rest weigh 6.
const LARGE: Record<string, number> = {
  '091': 680, '049': 320, '837': 260, '092': 250, '564': 215, '853': 205, '179': 150, '297': 125, '398': 121,
  '609': 84, '286': 79, '167': 78, '405': 73, '109': 68, '905': 68, '743': 66, '698': 65, '491': 52, '285': 51,
  '734': 51, '638': 51, '272': 48, '106': 47, '444': 46, '186': 46, '543': 44, '257': 41, '245': 38, '858': 39,
};
// Counties where many people speak Swedish: Ostrobothnia, West Uusimaa, Åland.
const SWEDISH_COUNTIES = new Set(['15', '03', '21']);

const TYPE_NAMES: Record<string, [string, string, string]> = {
  'peer-support-group': ['vertaistukiryhmä', 'kamratstödsgrupp', 'peer support group'],
  helpline: ['neuvontapuhelin', 'stödtelefon', 'helpline'],
  'drop-in': ['avoin kohtaamispaikka', 'öppen mötesplats', 'drop-in'],
  club: ['kerho', 'klubb', 'club'],
  course: ['kurssi', 'kurs', 'course'],
  befriending: ['ystävätoiminta', 'vänverksamhet', 'befriending'],
  counselling: ['neuvonta', 'rådgivning', 'counselling'],
  camp: ['leiri', 'läger', 'camp'],
  'chat-service': ['chat', 'chatt', 'chat service'],
  'exercise-group': ['liikuntaryhmä', 'motionsgrupp', 'exercise group'],
  'food-aid': ['ruoka-apu', 'mathjälp', 'food aid'],
  'information-event': ['infotilaisuus', 'informationsmöte', 'information session'],
  'online-community': ['verkkoyhteisö', 'nätgemenskap', 'online community'],
  recreation: ['virkistystoiminta', 'rekreation', 'recreation'],
  'support-person': ['tukihenkilötoiminta', 'stödperson', 'support person'],
  volunteering: ['vapaaehtoistoiminta', 'frivilligverksamhet', 'volunteering'],
};
const SITUATION_WORDS: Record<string, [string, string, string]> = {
  loneliness: ['yksinäisyys', 'ensamhet', 'loneliness'], ageing: ['ikääntyminen', 'åldrande', 'ageing'],
  caregiving: ['omaishoito', 'närståendevård', 'caregiving'], grief: ['suru', 'sorg', 'grief'],
  'mental-health': ['mielenterveys', 'psykisk hälsa', 'mental health'], crisis: ['kriisi', 'kris', 'crisis'],
  debt: ['velat', 'skulder', 'debt'], unemployment: ['työttömyys', 'arbetslöshet', 'unemployment'],
  'substance-use': ['päihteet', 'missbruk', 'substance use'], 'family-life': ['perhe-elämä', 'familjeliv', 'family life'],
  divorce: ['ero', 'skilsmässa', 'divorce'], immigration: ['maahanmuutto', 'invandring', 'immigration'],
};
const WORDS_FI = ['tukea', 'yhdessä', 'keskustelua', 'kahvia', 'vertaisia', 'ohjaaja', 'maksuton', 'luottamuksellinen', 'arkea', 'voimavaroja', 'tietoa', 'harrastus', 'ulkoilu', 'jaksaminen', 'ystävä', 'läheinen', 'kokemus', 'neuvoja', 'palvelut', 'turvallinen'];
const WORDS_SV = ['stöd', 'tillsammans', 'samtal', 'kaffe', 'kamrater', 'ledare', 'avgiftsfri', 'vardag', 'information', 'vänner'];
const WORDS_EN = ['support', 'together', 'conversation', 'coffee', 'peers', 'facilitator', 'free', 'everyday life', 'information', 'friends'];
const STREETS = ['Kauppakatu', 'Rantatie', 'Koulukatu', 'Asemakatu', 'Puistotie', 'Kirkkokatu', 'Torikatu', 'Myllytie', 'Sairaalakatu', 'Keskuskatu'];
const ORG_KINDS = ['ry', 'yhdistys ry', 'seura ry', 'säätiö sr', 'liitto ry'];
const ORG_WORDS = ['Tuki', 'Valo', 'Silta', 'Verkko', 'Kumppani', 'Apu', 'Ilo', 'Voima', 'Kipinä', 'Koti', 'Lähde', 'Polku', 'Tupa', 'Helmi', 'Tähti', 'Virta', 'Kaari', 'Pilke'];
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const OTHER_LANGUAGES = ['ru', 'ar', 'so', 'uk', 'fa', 'et', 'fse', 'se', 'en', 'sv'];

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[äå]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** A Finnish business ID with a correct check digit. */
function businessId(body: number): string {
  for (let n = body; ; n++) {
    const digits = String(n % 10_000_000).padStart(7, '0');
    const sum = [7, 9, 10, 5, 8, 4, 2].reduce((total, weight, index) => total + weight * Number(digits[index]), 0);
    const remainder = sum % 11;
    if (remainder === 1) continue;
    return `${digits}-${remainder === 0 ? 0 : 11 - remainder}`;
  }
}

const dump = (data: unknown) => yaml.dump(data, { lineWidth: -1, noRefs: true, quotingType: '"' });

/**
 * The files of a directory of `entries` activities, as relative path → text. Taxonomy files are
 * not included: the caller copies them from a real content directory and passes their codes.
 */
export function generateFixture(options: FixtureOptions, codes: TaxonomyCodes): Map<string, string> {
  const rand = random(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const chance = (p: number) => rand() < p;
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const count = min + Math.floor(rand() * (max - min + 1));
    const chosen = new Set<T>();
    while (chosen.size < Math.min(count, list.length)) chosen.add(pick(list));
    return [...chosen];
  };
  const today = DateTime.fromISO(options.today, { zone: FIXTURE_TIME_ZONE });
  const date = (days: number) => today.plus({ days }).toISODate()!;

  const municipalities = [...codes.municipalities.keys()].sort();
  const weights = municipalities.map((code) => (LARGE[code] ?? 6) ** 1.1);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  const pickMunicipality = () => {
    let r = rand() * totalWeight;
    for (let i = 0; i < municipalities.length; i++) if ((r -= weights[i]!) < 0) return municipalities[i]!;
    return municipalities.at(-1)!;
  };
  const coordinates = (code: string): [number, number] => {
    const n = Number(code);
    return [Number((60.2 + ((n * 37) % 700) / 100 + rand() * 0.02).toFixed(4)), Number((21.5 + ((n * 53) % 850) / 100 + rand() * 0.02).toFixed(4))];
  };
  // Each code of a taxonomy appears at least once: the first entries walk through the lists.
  let cursor = 0;
  const cycle = <T>(list: readonly T[], fallback: () => T): T => (cursor < list.length * 4 ? list[cursor % list.length]! : fallback());

  const files = new Map<string, string>();
  const activityCount = Math.max(1, options.entries);
  const eventCount = Math.max(1, Math.round(activityCount / 5));

  // Organisations: sizes follow a long tail (most have 1–6 activities, a few have dozens).
  const orgs: { id: string; size: number; municipality: string; swedish: boolean; activities: string[] }[] = [];
  let remaining = activityCount;
  const usedOrgIds = new Set<string>();
  while (remaining > 0) {
    const size = Math.min(remaining, chance(0.03) ? 20 + Math.floor(rand() * 60) : 1 + Math.floor(rand() * rand() * 9));
    remaining -= size;
    const municipality = pickMunicipality();
    const county = codes.municipalities.get(municipality)!;
    const swedish = SWEDISH_COUNTIES.has(county) ? chance(0.5) : chance(0.03);
    const place = codes.municipalityNames.get(municipality) ?? municipality;
    const base = `${pick(ORG_WORDS)}${pick(ORG_WORDS).toLowerCase()} ${place}`;
    let id = slug(base);
    for (let n = 2; usedOrgIds.has(id); n++) id = `${slug(base)}-${n}`;
    usedOrgIds.add(id);
    const name = `${base} ${pick(ORG_KINDS)}`;
    const phoneArea = pick(['09', '02', '03', '05', '06', '08', '013', '014', '015', '016', '017', '019']);
    orgs.push({ id, size, municipality, swedish, activities: [] });
    const org: Record<string, unknown> = {
      name: swedish ? { fi: name, sv: `${base} rf` } : name,
      summary: swedish
        ? { fi: `Paikallinen yhdistys, joka tarjoaa ${pick(WORDS_FI)} ja ${pick(WORDS_FI)} kunnassa ${place}.`, sv: `En lokal förening som erbjuder ${pick(WORDS_SV)} och ${pick(WORDS_SV)} i ${place}.` }
        : `Paikallinen yhdistys, joka tarjoaa ${pick(WORDS_FI)}, ${pick(WORDS_FI)} ja ${pick(WORDS_FI)} kunnassa ${place}.`,
      description: `${paragraph(pick, WORDS_FI, 30)}\n\nLue lisää [verkkosivuiltamme](https://${id}.example.fi/).`,
      businessId: businessId(1_000_000 + orgs.length * 7919),
      website: `https://${id}.example.fi/`,
      contact: { email: `info@${id}.example.fi`, phone: `${phoneArea} 0000 ${String(1000 + (orgs.length % 9000)).padStart(4, '0')}` },
      area: chance(0.1) ? { national: true } : { counties: [county] },
      verified: date(-Math.floor(rand() * 300)),
    };
    files.set(`organisations/${id}.yaml`, dump(org));
  }

  const eventsByOrg = new Map<string, number>();
  for (const org of orgs) {
    for (let a = 0; a < org.size; a++, cursor++) {
      const type = cycle(codes.activityTypes, () => pick(codes.activityTypes));
      const situations = [cycle(codes.situations, () => pick(codes.situations)), ...some(codes.situations, 0, 2)].filter((v, i, all) => all.indexOf(v) === i);
      const audiences = chance(0.7) ? [cycle(codes.audiences, () => pick(codes.audiences)), ...some(codes.audiences, 0, 1)].filter((v, i, all) => all.indexOf(v) === i) : undefined;
      const remote = type === 'helpline' || type === 'chat-service' || type === 'online-community';
      const municipality = chance(0.8) ? org.municipality : pickMunicipality();
      const county = codes.municipalities.get(municipality)!;
      const place = codes.municipalityNames.get(municipality) ?? municipality;
      const [typeFi, typeSv, typeEn] = TYPE_NAMES[type] ?? [type, type, type];
      const [sitFi, sitSv, sitEn] = SITUATION_WORDS[situations[0]!] ?? [situations[0]!.replace(/-/g, ' '), situations[0]!, situations[0]!];
      const nameFi = `${capital(typeFi)}: ${sitFi}, ${place}`;
      let id = slug(`${typeFi}-${sitFi}-${place}`);
      for (let n = 2; org.activities.includes(id); n++) id = `${slug(`${typeFi}-${sitFi}-${place}`)}-${n}`;
      org.activities.push(id);
      const translated = org.swedish || chance(0.12) ? (chance(0.3) ? 'all' : 'sv') : chance(0.08) ? 'en' : 'fi';
      const text = (fi: string, sv: string, en: string) =>
        translated === 'fi' ? fi : translated === 'sv' ? { fi, sv } : translated === 'en' ? { fi, en } : { fi, sv, en };
      const languages = org.swedish ? ['sv', 'fi'] : ['fi', ...(chance(0.15) ? some(OTHER_LANGUAGES, 1, 2) : [])];
      const modes = remote ? [type === 'helpline' ? 'phone' : type === 'chat-service' ? 'chat' : 'online'] : ['in-person', ...(chance(0.2) ? ['online'] : [])];
      const activity: Record<string, unknown> = {
        name: text(nameFi, `${capital(typeSv)}: ${sitSv}, ${place}`, `${capital(typeEn)}: ${sitEn}, ${place}`),
        summary: text(
          `${capital(typeFi)} ${sitFi}-teemalla. ${capital(pick(WORDS_FI))}, ${pick(WORDS_FI)} ja ${pick(WORDS_FI)} – tervetuloa mukaan.`,
          `${capital(typeSv)} om ${sitSv}. ${capital(pick(WORDS_SV))} och ${pick(WORDS_SV)} – välkommen med.`,
          `A ${typeEn} about ${sitEn}. ${capital(pick(WORDS_EN))} and ${pick(WORDS_EN)} – everyone is welcome.`,
        ),
        description: text(`${paragraph(pick, WORDS_FI, 40)}\n\n- ${pick(WORDS_FI)}\n- ${pick(WORDS_FI)}\n- ${pick(WORDS_FI)}\n\n${paragraph(pick, WORDS_FI, 25)}`, paragraph(pick, WORDS_SV, 40), paragraph(pick, WORDS_EN, 40)),
        ...(chance(0.2) ? { plainSummary: `Tämä on ${typeFi}. Voit tulla mukaan. Toiminta on ilmaista.` } : {}),
        type,
        situations,
        ...(audiences ? { audiences } : {}),
        ...(chance(0.15) ? { ageMin: pick([13, 18, 29, 60, 65]) } : {}),
        languages,
        modes,
        area: remote ? (chance(0.5) ? { national: true } : { counties: [county] }) : chance(0.7) ? { municipalities: [municipality] } : { counties: [county] },
      };
      if (!remote) {
        activity.locations = [
          {
            ...(chance(0.7) ? { name: `${pick(ORG_WORDS)}tupa` } : {}),
            street: `${pick(STREETS)} ${1 + Math.floor(rand() * 60)}`,
            postalCode: String(10000 + Math.floor(rand() * 89999)).padStart(5, '0'),
            municipality,
            coordinates: coordinates(municipality),
            ...(chance(0.8) ? { accessibility: [cycle(codes.accessibility, () => pick(codes.accessibility)), ...some(codes.accessibility, 0, 3)].filter((v, i, all) => all.indexOf(v) === i) } : {}),
          },
        ];
      }
      activity.schedule = schedule(type, remote);
      if (chance(0.3)) activity.scheduleNote = 'Tarkista poikkeukset verkkosivuilta.';
      activity.cost = chance(0.6) ? 'free' : chance(0.5) ? 'membership' : { fee: `${pick([2, 5, 10, 20])} €/kerta` };
      if (chance(0.4)) activity.registration = { required: chance(0.6), email: `ilmoittautuminen@${org.id}.example.fi` };
      if (chance(0.3)) activity.anonymous = true;
      if (chance(0.08) && orgs.length > 1) {
        const partner = pick(orgs).id;
        if (partner !== org.id) activity.partners = [partner];
      }
      activity.keywords = some([typeFi, sitFi, ...WORDS_FI], 2, 6);
      if (chance(0.04)) activity.status = 'paused';
      activity.verified = date(-Math.floor(rand() * 330));
      files.set(`activities/${org.id}/${id}.yaml`, dump(activity));
    }
  }

  function schedule(type: string, remote: boolean): unknown {
    if (type === 'helpline' || type === 'chat-service') return chance(0.3) ? { alwaysOpen: true } : [{ weekly: some(WEEKDAYS.slice(0, 5), 2, 5), start: '17:00', end: '21:00' }];
    if (remote || type === 'support-person' || type === 'befriending' || type === 'counselling') return chance(0.7) ? { byAppointment: true } : [{ weekly: [pick(WEEKDAYS)], start: '10:00', end: '12:00' }];
    const hour = 9 + Math.floor(rand() * 10);
    const start = `${String(hour).padStart(2, '0')}:${pick(['00', '30'])}`;
    const end = `${String(hour + 1 + Math.floor(rand() * 2)).padStart(2, '0')}:${start.slice(3)}`;
    const from = date(-Math.floor(rand() * 90));
    const until = date(30 + Math.floor(rand() * 200));
    const r = rand();
    if (r < 0.55) return [{ weekly: some(WEEKDAYS, 1, 2), ...(chance(0.2) ? { every: 2 } : {}), start, end, from, until, ...(chance(0.2) ? { except: [date(7 + Math.floor(rand() * 20))] } : {}) }];
    if (r < 0.8) return [{ monthly: { weekday: pick(WEEKDAYS), nth: chance(0.7) ? [1] : [1, 3] }, start, end }];
    if (r < 0.9) return [{ dates: [date(3 + Math.floor(rand() * 10)), date(20 + Math.floor(rand() * 30))], start, end }];
    return { byAppointment: true };
  }

  // Events: from yesterday (multi-day, still running) to half a year ahead, most within a month.
  for (let e = 0; e < eventCount; e++, cursor++) {
    const org = orgs[Math.floor(rand() * rand() * orgs.length)]!;
    const n = (eventsByOrg.get(org.id) ?? 0) + 1;
    eventsByOrg.set(org.id, n);
    const situations = [cycle(codes.situations, () => pick(codes.situations)), ...some(codes.situations, 0, 1)].filter((v, i, all) => all.indexOf(v) === i);
    const [sitFi, sitSv] = SITUATION_WORDS[situations[0]!] ?? [situations[0]!.replace(/-/g, ' '), situations[0]!];
    const place = codes.municipalityNames.get(org.municipality) ?? org.municipality;
    const offset = rand() < 0.6 ? Math.floor(rand() * 30) + 1 : Math.floor(rand() * 180) + 1;
    const startDay = today.plus({ days: offset });
    const startTime = `${String(10 + Math.floor(rand() * 9)).padStart(2, '0')}:00`;
    const multiDay = chance(0.05);
    const start = `${multiDay ? today.minus({ days: 1 }).toISODate() : startDay.toISODate()}T${startTime}`;
    const end = multiDay ? `${today.plus({ days: 2 }).toISODate()}T16:00` : `${startDay.toISODate()}T${String(Number(startTime.slice(0, 2)) + 2).padStart(2, '0')}:00`;
    const nameFi = `${capital(pick(['luento', 'tietoilta', 'avoimet ovet', 'retki', 'työpaja', 'juhla']))}: ${sitFi}`;
    const event: Record<string, unknown> = {
      name: org.swedish ? { fi: nameFi, sv: `Evenemang: ${sitSv}` } : nameFi,
      summary: `${nameFi} kunnassa ${place}. ${capital(pick(WORDS_FI))} ja ${pick(WORDS_FI)}.`,
      description: paragraph(pick, WORDS_FI, 40),
      situations,
      ...(chance(0.6) ? { audiences: [cycle(codes.audiences, () => pick(codes.audiences))] } : {}),
      languages: org.swedish ? ['sv'] : ['fi'],
      modes: chance(0.85) ? ['in-person'] : ['online'],
      area: { municipalities: [org.municipality] },
      start,
      end,
      ...(chance(0.1) ? { sessions: [{ start: `${startDay.plus({ days: 7 }).toISODate()}T${startTime}`, end: `${startDay.plus({ days: 7 }).toISODate()}T${String(Number(startTime.slice(0, 2)) + 2).padStart(2, '0')}:00` }] } : {}),
      cost: chance(0.7) ? 'free' : { fee: '5 €' },
      ...(chance(0.5) && org.activities.length ? { activity: pick(org.activities) } : {}),
      ...(chance(0.03) ? { status: 'cancelled' } : {}),
    };
    if ((event.modes as string[])[0] === 'in-person') {
      event.locations = [{ name: `${pick(ORG_WORDS)}sali`, street: `${pick(STREETS)} ${1 + Math.floor(rand() * 60)}`, postalCode: '00100', municipality: org.municipality, coordinates: coordinates(org.municipality) }];
    }
    files.set(`events/${org.id}/${slug(nameFi)}-${n}.yaml`, dump(event));
  }
  return files;
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function paragraph(pick: <T>(list: readonly T[]) => T, words: readonly string[], length: number): string {
  const out: string[] = [];
  for (let i = 0; i < length; i++) out.push(i % 8 === 7 ? `${pick(words)}.` : pick(words));
  return `${capital(out.join(' '))}.`.replace(/\.\.$/, '.').replace(/\. (\p{Ll})/gu, (_, c: string) => `. ${c.toUpperCase()}`);
}

/** The site.yaml of a fixture: every county, so that no area is outside the site. */
export function fixtureSite(counties: string[]): string {
  return dump({
    name: { fi: 'Tukiverkko – testihakemisto', sv: 'Tukiverkko – testkatalog', en: 'Tukiverkko – test directory' },
    tagline: { fi: 'Synteettinen hakemisto suorituskykymittauksiin', sv: 'Syntetisk katalog för prestandamätning', en: 'A synthetic directory for performance measurements' },
    url: 'https://tukiverkko.example.org/',
    languages: ['fi', 'sv', 'en'],
    timezone: FIXTURE_TIME_ZONE,
    counties,
    repository: { url: 'https://github.com/tukiverkko/tukiverkko', branch: 'main' },
    contactEmail: 'toimitus@tukiverkko.example.org',
    staleAfterMonths: 12,
    demo: true,
  });
}
