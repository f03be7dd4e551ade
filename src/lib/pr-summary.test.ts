import { describe, expect, test } from 'vitest';
import { readContentDirectory } from './content-files.ts';
import { buildPrSummary, escapeMarkdown } from './pr-summary.ts';
import { validateContent, type ContentFile } from './validate.ts';

const clock = { today: '2026-11-23', now: '2026-11-23T12:00' };
const encoder = new TextEncoder();
const tree = readContentDirectory('content');

const NEW_GROUP = `name: "Uusi <b>ryhmä</b> | [klikkaa](https://evil.example)"
summary: Ryhmä tiistaisin.
type: peer-support-group
situations: [grief]
languages: [fi]
modes: [online]
area: { national: true }
schedule:
  - weekly: [tue]
    start: "17:30"
    end: "19:00"
    except: [2026-12-01]
verified: 2026-11-20
`;

function withFile(relativePath: string, text: string): ContentFile[] {
  return [...tree, { relativePath, displayPath: `content/${relativePath}`, bytes: encoder.encode(text) }];
}

describe('buildPrSummary', () => {
  test('an added weekly group: a table row, the rule in words and the next five dates', () => {
    const result = validateContent(withFile('activities/suruvalo/uusi-ryhma.yaml', NEW_GROUP), { clock });
    const summary = buildPrSummary([{ path: 'content/activities/suruvalo/uusi-ryhma.yaml', status: 'A' }], result, { now: clock.now });
    expect(summary).toMatchInlineSnapshot(`
      "## Entries

      | | Kind | Name | File | Checks |
      | --- | --- | --- | --- | --- |
      | Added | activity | Uusi &lt;b&gt;ryhmä&lt;/b&gt; \\| \\[klikkaa\\]\\(https://evil.example\\) | \`content/activities/suruvalo/uusi-ryhma.yaml\` | ✓ |

      ## When

      ### Uusi &lt;b&gt;ryhmä&lt;/b&gt; \\| \\[klikkaa\\]\\(https://evil.example\\)

      - Tuesdays 5:30–7 pm, not 1 December 2026
      - Next: Tue 24 Nov 2026, 5:30–7 pm; Tue 8 Dec 2026, 5:30–7 pm; Tue 15 Dec 2026, 5:30–7 pm; Tue 22 Dec 2026, 5:30–7 pm; Tue 29 Dec 2026, 5:30–7 pm
      "
    `);
  });

  test('changed, removed and invalid entries, and an event', () => {
    const broken = NEW_GROUP.replace('modes: [online]', 'modes: [online, in-person]');
    const result = validateContent(withFile('activities/suruvalo/uusi-ryhma.yaml', broken), { clock });
    const summary = buildPrSummary(
      [
        { path: 'content/activities/suruvalo/uusi-ryhma.yaml', status: 'A' },
        { path: 'content/organisations/suruvalo.yaml', status: 'M' },
        { path: 'content/activities/suruvalo/vanha.yaml', status: 'D' },
        { path: 'content/events/hopeahuvila/kevatkonsertti-2027.yaml', status: 'M' },
        { path: 'README.md', status: 'M' },
      ],
      result,
      { now: clock.now },
    );
    expect(summary).toContain('| Added | activity | – | `content/activities/suruvalo/uusi-ryhma.yaml` | ✗ 1 error |');
    expect(summary).toContain('| Changed | organisation | Suruvalo ry | `content/organisations/suruvalo.yaml` | ✓ |');
    expect(summary).toContain('| Removed | activity | – | `content/activities/suruvalo/vanha.yaml` | – |');
    expect(summary).toMatch(/### .+\n\n- Next: .+2027/);
    expect(summary).not.toContain('README');
  });

  test('a pull request without entries says so', () => {
    const result = validateContent(tree, { clock });
    expect(buildPrSummary([{ path: 'src/lib/ids.ts', status: 'M' }], result, { now: clock.now })).toBe(
      '## Entries\n\nThis pull request does not add, change or remove any entry.\n',
    );
  });
});

describe('escapeMarkdown', () => {
  test.each([
    ['Ryhmä', 'Ryhmä'],
    ['a | b', 'a \\| b'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert\\(1\\)&lt;/script&gt;'],
    ['**bold**\nnext line', '\\*\\*bold\\*\\* next line'],
    ['`code` & [link](x)', '\\`code\\` &amp; \\[link\\]\\(x\\)'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});
