/**
 * Large JSON files written a piece at a time. The HSDS export of 50,000 activities is some 350 MB
 * a file: built as one object tree and one string it held several times that in memory at once.
 * Here a document's lists are made, serialised and encoded a batch of items at a time, as the
 * reader asks, and the text is byte for byte what `JSON.stringify` of the whole object gives. (Astro
 * still gathers a route's whole body before writing the file, so the encoded file itself is in
 * memory once, briefly twice while its chunks are joined; the object tree and the string never are.)
 */

/** A list field of a document: its items are made only when they are written. */
export interface JsonList<T = unknown> {
  key: string;
  /** How many items `items` gives; a list that gives another number is an error, not a short file. */
  count: number;
  items: () => Iterable<T>;
}

/** A JSON object: the fields of `head`, then each list in order. */
export interface JsonDocument {
  /** The file's name, for error messages (`data/hsds/fi/services.json`). */
  name: string;
  head: Record<string, unknown>;
  lists: JsonList[];
}

/** The document as one value (what `JSON.parse` of the streamed text gives back). */
export function jsonDocumentValue(document: JsonDocument): Record<string, unknown> {
  return { ...document.head, ...Object.fromEntries(document.lists.map((list) => [list.key, [...list.items()]])) };
}

/** The text of the document in pieces: `JSON.stringify(jsonDocumentValue(document))` and a newline. */
function* pieces(document: JsonDocument): Generator<string> {
  const opening = JSON.stringify(document.head);
  // The head without its closing brace, and whether a field has been written.
  let open = opening.slice(0, -1);
  let fields = opening.length > 2;
  for (const list of document.lists) {
    yield `${open}${fields ? ',' : ''}${JSON.stringify(list.key)}:[`;
    open = '';
    fields = true;
    let written = 0;
    try {
      for (const item of list.items()) {
        // JSON.stringify writes an undefined array item as null.
        yield `${written > 0 ? ',' : ''}${JSON.stringify(item) ?? 'null'}`;
        written++;
      }
    } catch (error) {
      // The body is read after Astro's render, so the route would not be named otherwise.
      throw new Error(`${document.name}: writing item ${written + 1} of "${list.key}" failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    if (written !== list.count) throw new Error(`${document.name}: the list "${list.key}" promised ${list.count} items but had ${written}.`);
    yield ']';
  }
  yield `${open}}\n`;
}

/** Pieces (about as many items) encoded per pull: big enough to keep the stream cheap, small enough to stay small. */
const BATCH = 200;

/** The document as a stream of UTF-8 chunks, for a `Response` body. */
export function jsonStream(document: JsonDocument): ReadableStream<Uint8Array> {
  return textStream(() => pieces(document));
}

/**
 * Text made piece by piece as a stream of UTF-8 chunks (BATCH pieces each), for a `Response`
 * body: the pieces are made only as the stream is read, so a large file is never one object tree
 * or one string (Astro still gathers the bytes before writing the file).
 */
export function textStream(make: () => Iterator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let text: Iterator<string> | undefined;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      text ??= make();
      let chunk = '';
      for (let n = 0; n < BATCH; n++) {
        const next = text.next();
        if (next.done) {
          if (chunk) controller.enqueue(encoder.encode(chunk));
          controller.close();
          return;
        }
        chunk += next.value;
      }
      controller.enqueue(encoder.encode(chunk));
    },
  });
}
