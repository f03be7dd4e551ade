/**
 * The one way Tukiverkko reads a content file. The build, the validator, the tests and the
 * scaffolder all call `parseYamlDocument` / `parseContentFile`, so a file that validates always
 * builds and vice versa.
 *
 * YAML is read as YAML 1.2 with a deliberately small set of implicit types: null, booleans,
 * decimal integers without leading zeros and plain decimal floats. Everything else stays a string
 * for the schema to check: `2026-03-29` is not turned into a UTC Date, `17:30` is not a
 * sexagesimal number, and `00100` or `0401234567` keep their leading zeros. Anchors, aliases,
 * merge keys, custom tags and duplicate keys are rejected, because in hand-written directory
 * entries they are far more often a mistake than an intent.
 */
import yaml from 'js-yaml';

export type PathSegment = string | number;

/** 1-based line and column of a node in the source file. */
export interface SourcePosition {
  line: number;
  column: number;
}

export interface NodePosition {
  /** Where the value starts. */
  value: SourcePosition;
  /** Where the key of a mapping entry starts (absent for sequence items and the root). */
  key?: SourcePosition;
  /** The scalar exactly as written in the file (quotes included), for messages. */
  raw?: string;
}

/**
 * Positions of every node of a parsed document, looked up by field path. `fill`, when given,
 * adds them on the first look-up: most files have no problem to point at, and indexing every node
 * of every file was a large part of validating a big directory.
 */
export class PositionIndex {
  readonly #map = new Map<string, NodePosition>();
  readonly #lineOffset: number;
  #fill: ((index: PositionIndex) => void) | undefined;

  constructor(lineOffset = 0, fill?: (index: PositionIndex) => void) {
    this.#lineOffset = lineOffset;
    this.#fill = fill;
  }

  set(path: readonly PathSegment[], position: NodePosition): void {
    this.#map.set(pathKey(path), position);
  }

  /** The exact node at `path`, if it exists in the source. */
  get(path: readonly PathSegment[]): NodePosition | undefined {
    if (this.#fill) {
      const fill = this.#fill;
      this.#fill = undefined;
      fill(this);
    }
    const found = this.#map.get(pathKey(path));
    if (!found || this.#lineOffset === 0) return found;
    return {
      ...found,
      value: shift(found.value, this.#lineOffset),
      ...(found.key ? { key: shift(found.key, this.#lineOffset) } : {}),
    };
  }

  /**
   * The best place to point at for a problem at `path`: the node itself, or else its nearest
   * ancestor that exists in the source (a missing field is reported at its parent).
   */
  locate(path: readonly PathSegment[], prefer: 'key' | 'value' = 'value'): SourcePosition {
    for (let depth = path.length; depth >= 0; depth--) {
      const found = this.get(path.slice(0, depth));
      if (found) {
        if (depth < path.length) return found.key ?? found.value;
        return prefer === 'key' ? (found.key ?? found.value) : found.value;
      }
    }
    return { line: 1 + this.#lineOffset, column: 1 };
  }
}

function shift(position: SourcePosition, lines: number): SourcePosition {
  return { line: position.line + lines, column: position.column };
}

function pathKey(path: readonly PathSegment[]): string {
  return path.map(String).join('\u0000');
}

/** A problem found while reading a file, before any schema is applied. */
export class YamlReadError extends Error {
  readonly line: number;
  readonly column: number;
  readonly code: string;
  readonly params: Record<string, string>;

  constructor(code: string, params: Record<string, string>, line: number, column: number) {
    super(`${code} at ${line}:${column}`);
    this.name = 'YamlReadError';
    this.code = code;
    this.params = params;
    this.line = line;
    this.column = column;
  }
}

// Integers are decimal only and without leading zeros, so that postal codes and phone numbers
// written without quotes keep their zeros (they stay strings and the schema checks them).
const intType = new yaml.Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (data: string) => /^[-+]?(0|[1-9][0-9]*)$/.test(data),
  construct: (data: string) => Number.parseInt(data, 10),
  predicate: (object: unknown) => Number.isInteger(object),
  represent: (object: unknown) => String(object),
});

const floatType = new yaml.Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (data: string) => /^[-+]?(0|[1-9][0-9]*)\.[0-9]+([eE][-+]?[0-9]+)?$/.test(data),
  construct: (data: string) => Number.parseFloat(data),
  predicate: (object: unknown) => typeof object === 'number' && !Number.isInteger(object),
  represent: (object: unknown) => String(object),
});

// @types/js-yaml 4.0 lags behind js-yaml 4.3: the built-in types, the nesting and merge limits,
// and the listener state that js-yaml does provide.
const builtInTypes = (yaml as unknown as { types: Record<'null' | 'bool', InstanceType<typeof yaml.Type>> }).types;

interface ListenerState {
  position: number;
  anchor: string | null;
  tag: string | null;
  kind: string | null;
  result: unknown;
}

interface StrictLoadOptions extends Omit<yaml.LoadOptions, 'listener'> {
  maxDepth: number;
  maxTotalMergeKeys: number;
  listener: (event: 'open' | 'close', state: ListenerState) => void;
}

/** The YAML schema for reading and writing content: see the module comment. */
export const CONTENT_YAML_SCHEMA = yaml.FAILSAFE_SCHEMA.extend({
  implicit: [builtInTypes.null, builtInTypes.bool, intType, floatType],
});

interface Frame {
  start: number;
  end: number;
  kind: string | null;
  result: unknown;
  children: Frame[];
}

export interface ParsedYaml {
  data: unknown;
  positions: PositionIndex;
}

const MAX_DEPTH = 32;

/**
 * Parses one YAML document with the content rules, returning the data and the source position of
 * every node. Throws `YamlReadError` (with a 1-based line and column) on anything it rejects.
 * `lineOffset` shifts reported lines, for front matter that starts below line 1.
 */
export function parseYamlDocument(text: string, lineOffset = 0): ParsedYaml {
  // Indexing is also where a merge key (<<) is refused, so a file that could hold one is indexed now.
  if (text.includes('<<')) {
    const { data, root } = loadDocument(text, lineOffset, true);
    const positions = new PositionIndex();
    indexDocument(text, lineOffset, root, positions);
    return { data, positions };
  }
  // Most files have no problem to point at: they are read without recording their nodes, and a
  // file's positions come from reading it again on the first look-up. Keeping every node of every
  // file until the end of a run was most of the validator's memory and garbage collection.
  const { data } = loadDocument(text, lineOffset, false);
  return {
    data,
    positions: new PositionIndex(0, (index) => indexDocument(text, lineOffset, loadDocument(text, lineOffset, true).root, index)),
  };
}

/** Reads the document; with `record`, also the tree of its nodes' offsets for `indexDocument`. */
function loadDocument(text: string, lineOffset: number, record: boolean): { data: unknown; root: Frame } {
  const root: Frame = { start: 0, end: 0, kind: null, result: undefined, children: [] };
  const stack: Frame[] = [root];
  const refuse = (code: string, params: Record<string, string>, offset: number): never => {
    const position = positionIn(text, computeLineStarts(text), lineOffset, offset);
    throw new YamlReadError(code, params, position.line, position.column);
  };

  let data: unknown;
  try {
    const options: StrictLoadOptions = {
      schema: CONTENT_YAML_SCHEMA,
      maxDepth: MAX_DEPTH,
      maxTotalMergeKeys: 0,
      listener(event, state) {
        if (event === 'open') {
          stack.push({ start: state.position, end: state.position, kind: null, result: undefined, children: [] });
          return;
        }
        const frame = stack.pop()!;
        if (state.anchor !== null) refuse('yaml.anchor', { name: state.anchor }, frame.start);
        if (state.tag !== null && state.tag.startsWith('!') && state.tag !== '!') refuse('yaml.tag', { tag: state.tag }, frame.start);
        // Without `record` the frame is dropped here, so nothing of the tree outlives the read.
        if (!record) return;
        frame.kind = state.kind;
        frame.result = state.result;
        frame.end = state.position;
        stack[stack.length - 1]!.children.push(frame);
      },
    };
    data = yaml.load(text, options as unknown as yaml.LoadOptions);
  } catch (error) {
    if (error instanceof YamlReadError) throw error;
    if (error instanceof yaml.YAMLException) throw fromYamlException(error, text, lineOffset);
    throw error;
  }
  return { data: data === undefined ? null : data, root };
}

/** Adds the position of every node under `root` (from `loadDocument(…, true)`) to `positions`. */
function indexDocument(text: string, lineOffset: number, root: Frame, positions: PositionIndex): void {
  const top = collapse(root.children[0]);
  if (!top) return;
  const lineStarts = computeLineStarts(text);
  const positionOf = (offset: number) => positionIn(text, lineStarts, lineOffset, offset);
  const rawOf = (frame: Frame): string | undefined => {
    if (frame.kind !== 'scalar' || frame.result === null) return undefined;
    const raw = text.slice(skipInsignificant(text, frame.start), frame.end).trim();
    return raw.length > 0 && raw.length <= 80 && !raw.includes('\n') ? raw : undefined;
  };
  indexFrame(top, [], positions, positionOf, rawOf, undefined);
}

function positionIn(text: string, lineStarts: readonly number[], lineOffset: number, offset: number): SourcePosition {
  const at = skipInsignificant(text, offset);
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid]! <= at) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1 + lineOffset, column: at - lineStarts[low]! + 1 };
}

// js-yaml wraps some nodes in a second frame with the same result (a block-sequence item, a key
// probe); drop the wrapper so that mappings alternate key, value and sequences list their items.
function collapse(frame: Frame | undefined): Frame | undefined {
  let current = frame;
  while (
    current &&
    current.children.length === 1 &&
    Object.is(current.children[0]!.result, current.result)
  ) {
    current = current.children[0]!;
  }
  return current;
}

function indexFrame(
  frame: Frame,
  path: PathSegment[],
  positions: PositionIndex,
  positionOf: (offset: number) => SourcePosition,
  rawOf: (frame: Frame) => string | undefined,
  key: SourcePosition | undefined,
): void {
  // An empty value (`key:` and nothing after it) is reported at its key, not on the next line.
  const empty = frame.result === null && frame.children.length === 0;
  const value = empty && key ? key : positionOf(frame.start);
  const raw = rawOf(frame);
  positions.set(path, { value, ...(key ? { key } : {}), ...(raw === undefined ? {} : { raw }) });
  const children = frame.children.map((child) => collapse(child)!);
  if (frame.kind === 'mapping') {
    for (let index = 0; index + 1 < children.length; index += 2) {
      const keyFrame = children[index]!;
      const valueFrame = children[index + 1]!;
      const keyPosition = positionOf(keyFrame.start);
      if (keyFrame.result === '<<') {
        throw new YamlReadError('yaml.merge', {}, keyPosition.line, keyPosition.column);
      }
      indexFrame(valueFrame, [...path, String(keyFrame.result)], positions, positionOf, rawOf, keyPosition);
    }
  } else if (frame.kind === 'sequence') {
    children.forEach((child, index) =>
      indexFrame(child, [...path, index], positions, positionOf, rawOf, undefined),
    );
  }
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let index = 0; index < text.length; index++) {
    if (text.charCodeAt(index) === 10) starts.push(index + 1);
  }
  return starts;
}

// A node's recorded start can sit on the separator before it; move to its first real character.
function skipInsignificant(text: string, offset: number): number {
  let at = offset;
  while (at < text.length) {
    const char = text[at];
    if (char === ' ' || char === '\t' || char === '\n' || char === '\r' || char === ':') {
      at++;
    } else if (char === '#') {
      while (at < text.length && text[at] !== '\n') at++;
    } else if (char === '-' && (text[at + 1] === ' ' || text[at + 1] === '\n')) {
      at++;
    } else {
      break;
    }
  }
  return Math.min(at, Math.max(text.length - 1, 0));
}

const YAML_REASONS: [RegExp, string][] = [
  [/duplicated mapping key/, 'yaml.duplicateKey'],
  [/end of the stream or a document separator is expected/, 'yaml.multipleDocuments'],
  [/expected a single document/, 'yaml.multipleDocuments'],
  [/bad indentation/, 'yaml.indentation'],
  [/tab characters must not be used/, 'yaml.tab'],
  [/merge keys exceeded/, 'yaml.merge'],
  [/unknown tag/, 'yaml.tag'],
  [/unidentified alias/, 'yaml.anchor'],
  [/nesting exceeded maxDepth/, 'yaml.depth'],
  [/incomplete explicit mapping pair|can not read a block mapping entry|can not read an implicit mapping pair/, 'yaml.mapping'],
  [/unexpected end of the stream within a (single|double) quoted scalar/, 'yaml.unclosedQuote'],
  [/unknown escape sequence/, 'yaml.escape'],
  [/missed comma between flow collection entries|unexpected end of the stream within a flow collection/, 'yaml.flow'],
];

function fromYamlException(error: InstanceType<typeof yaml.YAMLException>, text: string, lineOffset: number): YamlReadError {
  const reason = error.reason ?? error.message;
  let code = YAML_REASONS.find(([pattern]) => pattern.test(reason))?.[1] ?? 'yaml.syntax';
  const lines = text.split(/\r?\n/);
  let line = error.mark?.line ?? 0;
  let column = error.mark?.column ?? 0;
  const params: Record<string, string> = { reason };
  const at = (found: { line: number; column: number }) => {
    line = found.line;
    column = found.column;
  };

  // js-yaml often notices a mistake some lines after it was made, or gives no place at all;
  // these move the report to the line the writer has to fix.
  if (error.mark && (lines[line] ?? '').trim() === '') {
    // It stopped at the end of the file or on a blank line: the mistake is on the last line with text.
    let previous = Math.min(line, lines.length) - 1;
    while (previous > 0 && !isContentLine(lines[previous]!)) previous--;
    if (previous >= 0 && isContentLine(lines[previous]!)) at({ line: previous, column: lines[previous]!.search(/\S/) });
  }
  const quote = code === 'yaml.tab' || code === 'yaml.duplicateKey' ? undefined : unclosedQuote(lines, line);
  if (quote) {
    code = 'yaml.unclosedQuote';
    at(quote);
  } else if (code === 'yaml.multipleDocuments' && !error.mark) {
    const separator = lines.findIndex((written, index) => /^(---|\.\.\.)(\s|$)/.test(written) && lines.slice(0, index).some(isContentLine));
    if (separator >= 0) at({ line: separator, column: 0 });
  } else if (code === 'yaml.flow') {
    const opening = unclosedFlow(lines, line);
    if (opening) at(opening);
  } else if (code === 'yaml.tag' || code === 'yaml.anchor') {
    // js-yaml stops after the value; point at the tag or the alias itself.
    const tag = /unknown tag !<(.+)>/.exec(reason)?.[1];
    const alias = /unidentified alias "(.+)"/.exec(reason)?.[1];
    if (tag) params.tag = tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
    if (alias) params.name = alias;
    const written = tag ? params.tag : alias ? `*${alias}` : undefined;
    const before = text.slice(0, error.mark?.position ?? 0);
    const offset = written ? before.lastIndexOf(written) : -1;
    if (offset >= 0) {
      const found = before.slice(0, offset).split(/\r?\n/);
      at({ line: found.length - 1, column: found.at(-1)!.length });
    }
  } else if (code === 'yaml.duplicateKey') {
    const key = mappingKey(lines[line] ?? '');
    // A key of a block mapping starts where js-yaml stops; one in a { } map does not.
    if (key && key.indent === column) {
      params.key = key.name;
      const indent = key.indent;
      for (let index = line - 1; index >= 0; index--) {
        const other = mappingKey(lines[index]!);
        if (!other || !isContentLine(lines[index]!)) continue;
        if (other.indent < indent) break;
        if (other.indent === indent && other.name === key.name) {
          params.line = String(index + 1 + lineOffset);
          break;
        }
      }
    }
  } else if (code === 'yaml.mapping' && mappingKey(lines[line] ?? '')) {
    // A key line after a line without its colon: js-yaml read that line as the start of a text
    // running on to this one. The colon is missing on the line before.
    const indent = (lines[line] ?? '').search(/\S/);
    let previous = line - 1;
    while (previous >= 0 && !isContentLine(lines[previous]!)) previous--;
    const before = lines[previous] ?? '';
    if (previous >= 0 && before.search(/\S/) === indent && !mappingKey(before) && !/^\s*-(\s|$)/.test(before)) at({ line: previous, column: indent });
  } else if (code === 'yaml.indentation') {
    // A value that YAML cannot read as plain text, on the line of its key: the fix is quotes.
    const written = lines[line] ?? '';
    const key = mappingKey(written);
    if (key && key.valueColumn !== undefined && key.valueColumn <= column) {
      const value = written.slice(key.valueColumn).replace(/\s+#.*$/, '').trim();
      const mark = value[0] === '"' || value[0] === "'" ? value[0] : undefined;
      if (mark && value.indexOf(mark, 1) > 0) {
        // `name: "Kahvila" Kuopio` — text after the closing quote.
        code = 'yaml.textAfterQuote';
        params.quoted = `${mark}${value.split(mark).join('')}${mark}`;
      } else if (/^[@`]/.test(value)) {
        // `instagram: @yhdistys` — @ and ` are reserved at the start of plain text.
        code = 'yaml.reservedStart';
        params.quoted = `"${value.replace(/"/g, '\\"')}"`;
        params.character = value[0]!;
      } else if (/:(\s|$)/.test(value)) {
        // `note: Huom: sisään pihalta` — a second ": " on the line of a key.
        code = 'yaml.colonInValue';
        params.quoted = `"${value.replace(/"/g, '\\"')}"`;
      }
      if (code !== 'yaml.indentation') {
        params.key = key.name;
        params.value = value;
        column = key.valueColumn;
      }
    }
  }
  return new YamlReadError(code, params, line + 1 + lineOffset, column + 1);
}

function isContentLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed !== '' && !trimmed.startsWith('#') && trimmed !== '---';
}

/** The key of a `key: value` line, its indentation and where its value starts. */
function mappingKey(line: string): { name: string; indent: number; valueColumn?: number } | undefined {
  const match = /^(\s*(?:-\s+)?)("[^"]*"|'[^']*'|[^\s"'#:[\]{},][^:#]*?)[ \t]*:(?:[ \t]+|$)/.exec(line);
  if (!match) return undefined;
  const name = match[2]!.replace(/^["']|["']$/g, '');
  const valueColumn = match[0].length < line.length ? match[0].length : undefined;
  return { name, indent: match[1]!.length, ...(valueColumn === undefined ? {} : { valueColumn }) };
}

/** Where a value line starts its scalar or collection: after `key: `, after `- `, or at its start. */
function valueStart(line: string): number | undefined {
  const key = mappingKey(line);
  if (key) return key.valueColumn;
  const item = /^\s*-\s+/.exec(line);
  return item ? item[0].length : undefined;
}

/**
 * The opening quote of a quoted value that is not closed on its own line, on a line before the
 * error (or on it): YAML lets a quoted text run on over lines, so an unclosed quote only shows as
 * an error where the text happens to end.
 */
function unclosedQuote(lines: readonly string[], errorLine: number): { line: number; column: number } | undefined {
  for (let index = 0; index <= Math.min(errorLine, lines.length - 1); index++) {
    const line = lines[index]!;
    const start = valueStart(line);
    if (start === undefined) continue;
    const mark = line[start];
    if (mark !== '"' && mark !== "'") continue;
    let closed = false;
    for (let at = start + 1; at < line.length; at++) {
      if (mark === '"' && line[at] === '\\') at++;
      else if (mark === "'" && line[at] === "'" && line[at + 1] === "'") at++;
      else if (line[at] === mark) {
        closed = true;
        break;
      }
    }
    if (!closed) return { line: index, column: start };
  }
  return undefined;
}

/** The `[` or `{` of a flow list or map that is still open at the end of its line (up to the error). */
function unclosedFlow(lines: readonly string[], errorLine: number): { line: number; column: number } | undefined {
  for (let index = Math.min(errorLine, lines.length - 1); index >= 0; index--) {
    const line = lines[index]!;
    const start = valueStart(line);
    if (start === undefined || (line[start] !== '[' && line[start] !== '{')) continue;
    let depth = 0;
    let quote: string | undefined;
    for (let at = start; at < line.length; at++) {
      const char = line[at]!;
      if (quote) {
        if (char === quote) quote = undefined;
      } else if (char === '"' || char === "'") {
        if (/[[{,]\s*$/.test(line.slice(start, at))) quote = char;
      } else if (char === '#' && /\s/.test(line[at - 1] ?? ' ')) {
        break;
      } else if (char === '[' || char === '{') {
        depth++;
      } else if (char === ']' || char === '}') {
        depth--;
      }
    }
    if (depth > 0) return { line: index, column: start };
  }
  return undefined;
}

export interface ParsedContentFile extends ParsedYaml {
  /** Markdown body of a `.md` file (after the front matter), or undefined for `.yaml`. */
  body?: string;
  /** 1-based line where the Markdown body starts. */
  bodyLine?: number;
}

const FRONT_MATTER = /^---[ \t]*\r?\n([\s\S]*?\r?\n)?---[ \t]*(\r?\n|$)/;

/**
 * Reads a `.yaml` or `.md` content file: strict UTF-8 text in, data with positions out.
 * Throws `YamlReadError` on bad encoding, a missing front matter block, or invalid YAML.
 */
export function parseContentFile(bytes: Uint8Array | string, extension: string): ParsedContentFile {
  const text = typeof bytes === 'string' ? bytes : decodeUtf8(bytes);
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (extension !== '.md') return parseYamlDocument(source);
  const match = FRONT_MATTER.exec(source);
  if (!match) throw new YamlReadError('md.frontMatter', {}, 1, 1);
  const frontMatter = match[1] ?? '';
  const parsed = parseYamlDocument(frontMatter, 1);
  const bodyStart = match[0].length;
  const bodyLine = source.slice(0, bodyStart).split('\n').length;
  return { ...parsed, body: source.slice(bodyStart), bodyLine };
}

/** Decodes strict UTF-8, reporting the line and column of the first invalid byte. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeUtf8(bytes: Uint8Array): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    const valid = firstInvalidUtf8Byte(bytes);
    const before = new TextDecoder('utf-8').decode(bytes.subarray(0, valid));
    const lines = before.split('\n');
    throw new YamlReadError('file.encoding', {}, lines.length, lines.at(-1)!.length + 1);
  }
}

function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const byte = bytes[index]!;
    const length = byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (length === 0 || index + length > bytes.length) return index;
    for (let next = 1; next < length; next++) {
      if ((bytes[index + next]! & 0xc0) !== 0x80) return index;
    }
    index += length;
  }
  return bytes.length;
}

/** Serialises data as YAML that `parseYamlDocument` reads back to the same value. */
export function dumpYaml(data: unknown): string {
  // Quoting is decided with js-yaml's broader default schema, so that strings such as dates,
  // times and zero-padded codes are quoted and read back as strings by any YAML reader.
  return yaml.dump(data, {
    schema: yaml.DEFAULT_SCHEMA,
    lineWidth: 100,
    noRefs: true,
    quotingType: '"',
    sortKeys: false,
  });
}
