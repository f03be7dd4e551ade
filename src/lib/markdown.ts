/**
 * Renders contributor Markdown safely: raw HTML is dropped (never parsed into the page), and
 * only http(s), mailto and tel links survive sanitising. The output is safe for `set:html`.
 */
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

const schema = {
  ...defaultSchema,
  // No images or raw elements from contributors: a directory entry needs text and links only.
  tagNames: ['p', 'br', 'strong', 'em', 'del', 'a', 'ul', 'ol', 'li', 'blockquote', 'h2', 'h3', 'h4', 'code', 'pre', 'hr'],
  attributes: { a: ['href'], ol: ['start'], code: [] },
  protocols: { href: ['http', 'https', 'mailto', 'tel'] },
  clobberPrefix: 'md-',
};

const processor = unified()
  .use(remarkParse)
  // allowDangerousHtml stays off: raw HTML in the Markdown is dropped, not passed through.
  .use(remarkRehype)
  .use(() => (tree) => {
    shiftHeadings(tree as unknown as HastNode);
  })
  .use(rehypeSanitize, schema)
  .use(rehypeStringify);

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

// The page owns <h1>; contributor headings start at <h2>. External links get rel attributes.
function shiftHeadings(node: HastNode): void {
  if (node.type === 'element' && node.tagName && /^h[1-6]$/.test(node.tagName)) {
    node.tagName = `h${Math.min(4, Number(node.tagName[1]) + 1)}`;
  }
  node.children?.forEach(shiftHeadings);
}

const cache = new Map<string, string>();

export function renderMarkdown(markdown: string): string {
  const cached = cache.get(markdown);
  if (cached !== undefined) return cached;
  const html = String(processor.processSync(markdown));
  if (cache.size > 2000) cache.clear();
  cache.set(markdown, html);
  return html;
}
