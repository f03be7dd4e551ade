/**
 * npm run urls:update: records the addresses of the current build (dist/, or TUKIVERKKO_OUT_DIR)
 * in tests/published-urls.txt. Run it deliberately, after a build, when pages were added or an
 * address was retired with a redirect; the test that reads the file guards the rest.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { formatUrlList, publishedUrls } from '../src/lib/publishing.ts';

const outDir = path.resolve(process.env.TUKIVERKKO_OUT_DIR ?? 'dist');
if (!existsSync(path.join(outDir, 'index.html'))) {
  console.error(`No build in ${outDir}: run npm run build first.`);
  process.exit(1);
}
const urls = publishedUrls(outDir);
writeFileSync('tests/published-urls.txt', formatUrlList(urls));
console.log(`tests/published-urls.txt: ${urls.length} addresses.`);
