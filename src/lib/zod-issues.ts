/**
 * Turns Zod issues into located, plain-language problems. Zod reports union failures as one
 * opaque issue and knows nothing of source positions; this module picks the union branch the
 * writer most likely meant, points at the line and column in the file, quotes the value as it
 * was written, and adds the right form and a did-you-mean where it can.
 */
import type { z } from 'zod';
import { didYouMean } from './did-you-mean.ts';
import { proposeId } from './ids.ts';
import type { Params } from './messages.ts';
import type { Problem } from './problems.ts';
import type { PathSegment, PositionIndex } from './yaml.ts';

type Issue = z.core.$ZodIssue;

interface IssueContext {
  file: string;
  data: unknown;
  positions: PositionIndex;
  schema: z.ZodType;
}

export function issuesToProblems(issues: readonly Issue[], context: IssueContext): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) collect(issue, [], context, problems);
  // A misspelt required field is one fault: "verifed" is reported as an unknown field with
  // "did you mean "verified"?", not also as a missing "verified".
  const misspelt = new Set(
    problems
      .filter((problem) => problem.code === 'field.unknown' && problem.params.suggestion)
      .map((problem) => pathKey([...problem.path.slice(0, -1), problem.params.suggestion!])),
  );
  // One problem per place and code is enough, even when several union branches agree.
  const seen = new Set<string>();
  return problems.filter((problem) => {
    if (problem.code === 'field.required' && misspelt.has(pathKey(problem.path))) return false;
    const key = `${problem.line}:${problem.column}:${problem.code}:${problem.path.join('.')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function pathKey(path: readonly PathSegment[]): string {
  return path.map(String).join('\u0000');
}

function collect(issue: Issue, prefix: PathSegment[], context: IssueContext, out: Problem[]): void {
  const path = [...prefix, ...(issue.path as PathSegment[])];
  if (issue.code === 'invalid_union') {
    const branches = issue.errors as Issue[][];
    // A union with a code of its own explains itself when no branch is clearly the one meant
    // (`area: { region: … }` fits none of national, counties and municipalities).
    const chosen = chooseBranch(branches, path, context, ownCode(issue.message) !== undefined);
    if (chosen) {
      for (const inner of chosen) collect(inner, path, context, out);
      return;
    }
  }
  if (issue.code === 'unrecognized_keys') {
    const known = keysOf(schemasAt([context.schema], path), valueAt(context.data, path), issue.keys);
    for (const key of issue.keys) {
      const keyPath = [...path, key];
      const suggestion = didYouMean(key, known);
      out.push(
        problem(context, keyPath, 'field.unknown', { field: key, known: known.join(', '), ...(suggestion ? { suggestion } : {}) }, 'key'),
      );
    }
    return;
  }
  if (issue.code === 'invalid_key') {
    // A key of a map that is not allowed, e.g. `finnish:` in a text map instead of `fi:`.
    const key = String(path.at(-1));
    const inner = (issue.issues as Issue[])[0];
    const code = ownCode(inner?.message) ?? 'value.invalid';
    const params: Params = { value: `"${key}"` };
    if (inner) addSuggestion(code, key, params, inner);
    out.push(problem(context, path, code, params, 'key'));
    return;
  }
  const value = valueAt(context.data, path);
  const parent = valueAt(context.data, path.slice(0, -1));
  const own = ownCode(issue.message);

  // A field that is not there at all is missing, whatever the check that noticed it (a literal
  // such as `national: true` reports a wrong value); custom checks word their own message.
  if (issue.code !== 'custom' && value === undefined && path.length > 0 && isObject(parent) && !(String(path.at(-1)) in parent)) {
    const field = String(path.at(-1));
    const example = REQUIRED_EXAMPLES[field];
    out.push(problem(context, path, 'field.required', { field, ...(example ? { example } : {}) }));
    return;
  }

  const params: Params = { value: quote(context, path, value) };
  const extra = (issue as { params?: Record<string, unknown> }).params;
  if (extra) for (const [key, item] of Object.entries(extra)) params[key] = String(item);

  if (own) {
    const limits = issue as { minimum?: unknown; maximum?: unknown };
    if (limits.maximum !== undefined) params.maximum = String(limits.maximum);
    if (limits.minimum !== undefined) params.minimum = String(limits.minimum);
    if (typeof value === 'string') params.length = String(value.length);
    const code = own === 'schedule.type' && isObject(value) && ['weekly', 'monthly', 'dates'].some((key) => key in value) ? 'schedule.notList' : own;
    addSuggestion(code, value, params, issue);
    out.push(problem(context, path, code, params, 'value', LOCATE_AT[code]));
    return;
  }

  switch (issue.code) {
    case 'too_big':
      if (typeof value === 'string') {
        out.push(problem(context, path, 'text.tooLong', { ...params, maximum: String(issue.maximum), length: String(value.length) }));
      } else {
        out.push(problem(context, path, 'number.tooBig', { ...params, maximum: String(issue.maximum) }));
      }
      return;
    case 'too_small':
      if (Array.isArray(value)) out.push(problem(context, path, 'list.empty', params));
      else if (typeof value === 'string') out.push(problem(context, path, 'text.empty', params));
      else out.push(problem(context, path, 'number.tooSmall', { ...params, minimum: String(issue.minimum) }));
      return;
    case 'invalid_value': {
      const allowed = issue.values.map(String);
      const suggestion = typeof value === 'string' ? didYouMean(value, allowed) : undefined;
      out.push(problem(context, path, 'value.unknown', { ...params, allowed: allowed.join(', '), ...(suggestion ? { suggestion } : {}) }));
      return;
    }
    case 'invalid_type':
      out.push(problem(context, path, 'value.type', { ...params, ...EXPECTED[issue.expected] }));
      return;
    default:
      out.push(problem(context, path, 'value.invalid', params));
  }
}

/** Problems about a missing field that are better pointed at a sibling field (relative path). */
const LOCATE_AT: Record<string, PathSegment[]> = {
  // "in person but no locations": the line that says in-person is what the writer must look at.
  'locations.required': ['modes'],
};

const EXPECTED: Record<string, Params> = {
  string: { expected: 'text', expectedFi: 'tekstiä' },
  number: { expected: 'a number', expectedFi: 'lukua' },
  int: { expected: 'a whole number', expectedFi: 'kokonaislukua' },
  boolean: { expected: 'true or false', expectedFi: 'true tai false' },
  array: { expected: 'a list', expectedFi: 'listaa', example: '[fi, sv]' },
  object: { expected: 'fields written as "key: value" on the lines below', expectedFi: 'kenttiä muodossa "avain: arvo" seuraavilla riveillä' },
  record: { expected: 'fields written as "key: value"', expectedFi: 'kenttiä muodossa "avain: arvo"' },
  literal: { expected: 'true', expectedFi: 'true' },
  tuple: { expected: 'a list', expectedFi: 'listaa' },
};

/** Examples shown when a required field is missing. */
const REQUIRED_EXAMPLES: Record<string, string> = {
  name: '"Vertaistukiryhmä omaishoitajille"',
  summary: '"Ryhmä, jossa omaishoitajat jakavat kokemuksia."',
  type: 'peer-support-group',
  situations: '[caregiving]',
  languages: '[fi]',
  modes: '[in-person]',
  area: '{ counties: ["13"] }',
  verified: '2026-11-23',
  start: '"17:30"',
  end: '"19:00"',
  street: '"Kauppakatu 40"',
  postalCode: '"70100"',
  municipality: '"297"',
  required: 'true',
  url: 'https://tukiverkko.example.fi/',
  tagline: '"…"',
  repository: '{ url: https://github.com/org/repo, branch: main }',
  contactEmail: 'toimitus@example.fi',
  code: 'loneliness',
  weekday: 'sat',
  nth: '[1, -1]',
  fee: '"5 € / kerta"',
};

function ownCode(message: string | undefined): string | undefined {
  return message?.startsWith('tv:') ? message.slice(3) : undefined;
}

function addSuggestion(code: string, value: unknown, params: Params, issue: Issue): void {
  const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
  if (code === 'weekday.invalid' || code === 'mode.invalid' || code === 'status.invalid' || code === 'cost.invalid') {
    const values = issue.code === 'invalid_value' ? issue.values.map(String) : [];
    if (values.length) params.allowed = values.join(', ');
    const suggestion = text ? didYouMean(text, values.length ? values : WEEKDAY_NAMES) : undefined;
    if (suggestion) params.suggestion = suggestion;
    if (code === 'weekday.invalid' && text && WEEKDAY_ALIASES[text.toLowerCase()]) params.suggestion = WEEKDAY_ALIASES[text.toLowerCase()]!;
  }
  if (text === undefined) return;
  if (code === 'time.format' || code === 'time.type') {
    const suggestion = suggestTime(params.value ?? text);
    if (suggestion) params.suggestion = suggestion;
  } else if (code === 'date.format') {
    const suggestion = suggestDate(text);
    if (suggestion) params.suggestion = suggestion;
  } else if (code === 'dateTime.format') {
    const suggestion = suggestDateTime(text);
    if (suggestion) params.suggestion = suggestion;
  } else if (code === 'url.noScheme') {
    // "//example.fi" and "https//example.fi" as well as "www.example.fi".
    params.bare = text.replace(/^(?:https?:?\/*(?=[^/])|\/+)/i, '');
  } else if (code === 'id.format') {
    params.suggestion = proposeId(text) || 'esimerkki-ryhma';
  } else if (code === 'list.type') {
    if (typeof value === 'string' && /^[a-z0-9-]+$/.test(value)) params.example = `[${value}]`;
  } else if (code === 'language.format') {
    const suggestion = LANGUAGE_NAMES[text.toLowerCase()];
    if (suggestion) params.suggestion = suggestion;
  }
}

const WEEKDAY_NAMES = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const WEEKDAY_ALIASES: Record<string, string> = {
  ma: 'mon', maanantai: 'mon', monday: 'mon', må: 'mon', måndag: 'mon',
  ti: 'tue', tiistai: 'tue', tuesday: 'tue', tis: 'tue', tisdag: 'tue',
  ke: 'wed', keskiviikko: 'wed', wednesday: 'wed', ons: 'wed', onsdag: 'wed',
  to: 'thu', torstai: 'thu', thursday: 'thu', tor: 'thu', torsdag: 'thu',
  pe: 'fri', perjantai: 'fri', friday: 'fri', fre: 'fri', fredag: 'fri',
  la: 'sat', lauantai: 'sat', saturday: 'sat', lör: 'sat', lördag: 'sat',
  su: 'sun', sunnuntai: 'sun', sunday: 'sun', sön: 'sun', söndag: 'sun',
};

const LANGUAGE_NAMES: Record<string, string> = {
  suomi: 'fi', finnish: 'fi', finska: 'fi', fin: 'fi',
  ruotsi: 'sv', swedish: 'sv', svenska: 'sv', swe: 'sv', se: 'se',
  englanti: 'en', english: 'en', engelska: 'en', eng: 'en',
  viittomakieli: 'fse', 'suomalainen viittomakieli': 'fse',
  venäjä: 'ru', russian: 'ru', arabia: 'ar', arabic: 'ar', somali: 'so', saame: 'se', 'pohjoissaame': 'se',
};

/** "19.00" → "19:00", "9:30" → "09:30", "1730" → "17:30", 19 → "19:00". */
export function suggestTime(written: string): string | undefined {
  const text = written.replace(/^["']|["']$/g, '').trim();
  const match = /^(\d{1,2})(?:[.:,h ]?(\d{2}))?$/.exec(text);
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = match[2] === undefined ? 0 : Number(match[2]);
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** "1.9.2026" → "2026-09-01", "2026-9-1" → "2026-09-01". */
export function suggestDate(text: string): string | undefined {
  let match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text.trim());
  if (match) return `${match[3]}-${match[2]!.padStart(2, '0')}-${match[1]!.padStart(2, '0')}`;
  match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text.trim());
  if (match) return `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
  return undefined;
}

/** "2026-12-05 18.00" → "2026-12-05T18:00". */
export function suggestDateTime(text: string): string | undefined {
  const match = /^(.+?)[ T](?:klo\s*)?(\d{1,2}[.:]?\d{0,2})$/.exec(text.trim());
  if (!match) return undefined;
  const date = suggestDate(match[1]!) ?? (/^\d{4}-\d{2}-\d{2}$/.test(match[1]!) ? match[1] : undefined);
  const time = suggestTime(match[2]!);
  return date && time ? `${date}T${time}` : undefined;
}

// Of the ways a union could have matched, the one with the fewest structural misses (missing
// required fields, unknown fields, wrong type at its root) is the one the writer meant.
// With `unlessTied`, no branch is chosen when the best ones tie on structural misses: then none
// of them is what the writer meant.
function chooseBranch(branches: Issue[][], path: PathSegment[], context: IssueContext, unlessTied = false): Issue[] | undefined {
  if (branches.length === 0) return undefined;
  const value = valueAt(context.data, path);
  let best: Issue[] | undefined;
  let bestScore = Infinity;
  let tied = false;
  for (const branch of branches) {
    let score = branch.length;
    for (const issue of branch) {
      const rootLevel = issue.path.length <= 1;
      const missing = rootLevel && issue.path.length === 1 && isObject(value) && !(String(issue.path[0]) in value);
      if (issue.code === 'invalid_type' && issue.path.length === 0) score += 100;
      else if (missing || (rootLevel && (issue.code === 'invalid_type' || issue.code === 'unrecognized_keys'))) score += 10;
      // A branch that would explain an unknown key as a typo of one of its own fields fits better.
      if (missing) {
        const field = String(issue.path[0]);
        if (Object.keys(value).some((key) => key !== field && looksLike(key, field))) score -= 15;
      }
    }
    if (score < bestScore) {
      best = branch;
      bestScore = score;
      tied = false;
    } else if (score === bestScore) {
      tied = true;
    }
  }
  return unlessTied && tied && bestScore >= 10 ? undefined : best;
}

function looksLike(written: string, field: string): boolean {
  const a = written.toLowerCase();
  const b = field.toLowerCase();
  return didYouMean(a, [b]) !== undefined || (a.length >= 4 && b.startsWith(a.slice(0, 4)));
}

function problem(
  context: IssueContext,
  path: PathSegment[],
  code: string,
  params: Params,
  prefer: 'key' | 'value' = 'value',
  locateAt?: PathSegment[],
): Problem {
  const sibling = locateAt ? [...path.slice(0, -1), ...locateAt] : undefined;
  const position = sibling && context.positions.get(sibling) ? context.positions.locate(sibling, 'key') : context.positions.locate(path, prefer);
  return { file: context.file, line: position.line, column: position.column, path, code, params, severity: 'error' };
}

function quote(context: IssueContext, path: PathSegment[], value: unknown): string {
  const raw = context.positions.get(path)?.raw;
  // Numbers and booleans are shown as written (19.00, 150); text in quotes ("19.00").
  if (raw !== undefined && (typeof value === 'number' || typeof value === 'boolean')) return raw;
  if (raw !== undefined) return raw.startsWith('"') || raw.startsWith("'") ? raw : `"${raw}"`;
  if (value === undefined || value === null) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…"` : text;
}

export function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let current = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[segment];
  }
  return current;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

type AnyDef = { type: string; [key: string]: unknown };

function defOf(schema: unknown): AnyDef | undefined {
  return (schema as { _zod?: { def?: AnyDef } })?._zod?.def;
}

/** The field names an object schema accepts at `path` (all branches of a union together). */
export function knownKeysAt(schema: z.ZodType, path: readonly PathSegment[]): string[] {
  return keysOf(schemasAt([schema], path));
}

/** The schemas a value at `path` may have, starting from `roots` (union branches all count). */
function schemasAt(roots: readonly unknown[], path: readonly PathSegment[]): unknown[] {
  let current: unknown[] = [...roots];
  for (const segment of path) {
    const next: unknown[] = [];
    for (const item of current.flatMap(unwrap)) {
      const def = defOf(item)!;
      if (def.type === 'object' && typeof segment === 'string') {
        const shape = def.shape as Record<string, unknown>;
        if (segment in shape) next.push(shape[segment]);
      } else if (def.type === 'array' && typeof segment === 'number') {
        next.push(def.element);
      } else if (def.type === 'record') {
        next.push(def.valueType);
      } else if (def.type === 'tuple' && typeof segment === 'number') {
        next.push((def.items as unknown[])[segment]);
      }
    }
    current = next;
  }
  return current;
}

/**
 * The field names of the object schemas among `schemas`. Given the value and its unknown keys,
 * only the objects that hold most of its other fields count: Zod reports an unknown key inside a
 * union without saying which branch, and `from:` in a `dates:` rule is unknown there even
 * though a weekly rule has it.
 */
function keysOf(schemas: readonly unknown[], value?: unknown, unknown: readonly string[] = []): string[] {
  const shapes = schemas.flatMap(unwrap).flatMap((item) => {
    const def = defOf(item)!;
    return def.type === 'object' ? [Object.keys(def.shape as object)] : [];
  });
  const present = isObject(value) ? Object.keys(value).filter((key) => !unknown.includes(key)) : [];
  const fit = (shape: string[]) => present.filter((key) => shape.includes(key)).length;
  const best = Math.max(0, ...shapes.map(fit));
  return [...new Set(shapes.filter((shape) => fit(shape) === best).flat())];
}

function unwrap(schema: unknown): unknown[] {
  const def = defOf(schema);
  if (!def) return [];
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return unwrap(def.innerType);
    case 'pipe':
      return [...unwrap(def.in), ...unwrap(def.out)].filter((item) => defOf(item)?.type !== 'transform');
    case 'union':
      return (def.options as unknown[]).flatMap(unwrap);
    case 'lazy':
      return unwrap((def.getter as () => unknown)());
    default:
      return [schema];
  }
}
