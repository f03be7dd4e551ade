/**
 * Large JSON files written a piece at a time. The HSDS export of 50,000 activities is some 350 MB
 * a file: built as one object and one string it held several times that in memory at once. Here
 * the list's items are made, serialised and encoded a batch at a time, as the reader asks, and
 * the text is byte for byte what `JSON.stringify` of the whole object gives.
 */

/** A JSON list document: `head`'s fields, then the field `key` holding `count` items, then a newline. */
export interface JsonList<T> {
  head: Record<string, unknown>;
  key: string;
  count: number;
  items: () => Iterable<T>;
}

/** Items serialised per pull: big enough to keep the stream cheap, small enough to stay small. */
const BATCH = 200;

/** The document as a stream of UTF-8 chunks, for a `Response` body. */
export function jsonListStream<T>(list: JsonList<T>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const opening = JSON.stringify(list.head);
  const start = `${opening.slice(0, -1)}${opening.length > 2 ? ',' : ''}${JSON.stringify(list.key)}:[`;
  let iterator: Iterator<T> | undefined;
  let written = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      let text = '';
      if (!iterator) {
        iterator = list.items()[Symbol.iterator]();
        text = start;
      }
      for (let n = 0; n < BATCH; n++) {
        const next = iterator.next();
        if (next.done) {
          if (written !== list.count) throw new Error(`A JSON list promised ${list.count} items but had ${written}.`);
          controller.enqueue(encoder.encode(`${text}]}\n`));
          controller.close();
          return;
        }
        text += `${written > 0 ? ',' : ''}${JSON.stringify(next.value)}`;
        written++;
      }
      controller.enqueue(encoder.encode(text));
    },
  });
}

