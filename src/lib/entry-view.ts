/**
 * Small, pure helpers behind the entry pages: phone numbers to show and to dial, map links, the
 * "suggest a change" and "report an error" links, and dates as people read them.
 */
import type { Site } from '../schemas/site.ts';
import type { Lang } from './routes.ts';

/** The `tel:` link of a normalised phone number (`+358401234567`, `116111`). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/**
 * A normalised phone number as Finns write it: `+358401234567` → "040 123 4567",
 * `+358900001310` → "09 0000 1310", `116111` → "116 111", `0800001234` → "0800 001 234".
 * Foreign numbers keep their international form.
 */
export function formatPhone(phone: string): string {
  if (phone.startsWith('+358')) {
    const national = `0${phone.slice(4)}`;
    // Area code: 09 (Helsinki) and the one-digit area codes have 2 digits, mobile and others 3.
    const areaLength = /^0[2356789]/.test(national) && !/^0(50|20|30|75)/.test(national) ? 2 : 3;
    return [national.slice(0, areaLength), ...groupDigits(national.slice(areaLength))].join(' ');
  }
  if (phone.startsWith('+')) return phone;
  if (/^0[1-9]00/.test(phone)) return [phone.slice(0, 4), ...groupDigits(phone.slice(4))].join(' ');
  return groupDigits(phone).join(' ');
}

// The subscriber part in groups as Finns write it: up to 5 digits whole, 6–8 in two halves
// ("123 4567", "0000 1310"), longer in threes with a four-digit end ("123 456 7890").
function groupDigits(digits: string): string[] {
  if (digits.length <= 5) return [digits];
  if (digits.length <= 8) {
    const half = Math.floor(digits.length / 2);
    return [digits.slice(0, half), digits.slice(half)];
  }
  const tail = digits.length % 3 === 1 ? 4 : 3;
  const head = digits.slice(0, digits.length - tail);
  return [...(head.match(/\d{1,3}/g) ?? []), digits.slice(-tail)];
}

/** An OpenStreetMap link: the coordinates when known, otherwise a search for the street address. */
export function mapUrl(location: { street: string; postalCode: string; coordinates?: [number, number] | undefined }, municipalityName: string): string {
  if (location.coordinates) {
    const [lat, lon] = location.coordinates;
    return `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;
  }
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(`${location.street}, ${location.postalCode} ${municipalityName}`)}`;
}

/** The repository web address without a trailing slash or `.git`. */
function repositoryUrl(site: Pick<Site, 'repository'>): string {
  return site.repository.url.replace(/\/+$/, '').replace(/\.git$/, '');
}

/**
 * "Suggest a change": GitHub's editor for the entry's own file. `file` is the path inside the
 * repository, e.g. `content/activities/suruvalo/ryhma.yaml`.
 */
export function editUrl(site: Pick<Site, 'repository'>, file: string): string {
  const path = file.split('/').map(encodeURIComponent).join('/');
  return `${repositoryUrl(site)}/edit/${encodeURIComponent(site.repository.branch)}/${path}`;
}

/**
 * "Report an error": the repository's issue form `report-error.yml` with the page address filled
 * in (field id `page`) and the entry key in the title. Only for GitHub repositories; elsewhere an
 * e-mail to the maintainers with the same details.
 */
export function reportErrorUrl(site: Pick<Site, 'repository' | 'contactEmail'>, pageUrl: string, key: string, subject: string): string {
  const repository = repositoryUrl(site);
  if (/^https:\/\/github\.com\/[^/]+\/[^/]+$/.test(repository)) {
    const params = new URLSearchParams({ template: 'report-error.yml', title: `Virhe / Error: ${key}`, page: pageUrl });
    return `${repository}/issues/new?${params.toString()}`;
  }
  return `mailto:${site.contactEmail}?subject=${encodeURIComponent(`${subject}: ${key}`)}&body=${encodeURIComponent(pageUrl)}`;
}

// Made once: creating a formatter costs more than formatting, and every English page formats dates.
const ENGLISH_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A date as people read it: fi/sv "2.10.2026", en "2 October 2026". */
export function formatDate(date: string, lang: Lang): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  if (lang === 'en') {
    return ENGLISH_DATE.format(new Date(Date.UTC(year, month - 1, day)));
  }
  return `${day}.${month}.${year}`;
}

/** Ages as a phrase key and its numbers, or undefined when the entry gives no ages. */
export function ageRange(ageMin: number | undefined, ageMax: number | undefined): { key: 'entryPage.ages' | 'entryPage.ageMin' | 'entryPage.ageMax'; min?: number; max?: number } | undefined {
  if (ageMin !== undefined && ageMax !== undefined) return { key: 'entryPage.ages', min: ageMin, max: ageMax };
  if (ageMin !== undefined) return { key: 'entryPage.ageMin', min: ageMin };
  if (ageMax !== undefined) return { key: 'entryPage.ageMax', max: ageMax };
  return undefined;
}
