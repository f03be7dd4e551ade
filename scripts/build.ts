/**
 * npm run build: validate the content, then build the site with Astro and index it with
 * Pagefind. Fails when the validator finds an error, and also when Astro reports an error or a
 * content warning (which Astro alone would only log), so nothing is ever dropped silently. A
 * failed build leaves no output directory behind, so that nothing half-built can be previewed or
 * deployed by mistake.
 */
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { contentDirectory, readContentDirectory } from '../src/lib/content-files.ts';
import { VALIDATED_ENV, validatedJson } from '../src/lib/content-loader.ts';
import { INDEX_LATER_ENV, indexSite } from '../src/lib/integration.ts';
import { formatReport } from '../src/lib/problems.ts';
import { validateContent } from '../src/lib/validate.ts';

// The same output directory as astro.config.mjs.
const outDir = path.resolve(process.env.TUKIVERKKO_OUT_DIR ?? 'dist');

const cacheDir = path.resolve(process.env.TUKIVERKKO_CACHE_DIR ?? '.cache/astro');
// The validation result handed to Astro's content loader (see content-loader.ts).
const validatedFile = path.join(cacheDir, `validated-${process.pid}.json`);
// What the search index needs, left by the integration for indexing after Astro has exited.
const indexFile = path.join(cacheDir, `index-${process.pid}.json`);
// The previous build's output, moved aside (see clearOutputAside).
const PREVIOUS_OUTPUT = 'previous-output-';

function fail(message: string, code = 1): never {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(validatedFile, { force: true });
  rmSync(indexFile, { force: true });
  console.error(message);
  process.exit(code);
}

// In a function, so that the parsed directory is not kept in memory during Astro's build.
function validateAndHandOver(): void {
  let files;
  try {
    files = readContentDirectory(contentDirectory());
  } catch (error) {
    fail((error as Error).message, 2);
  }
  const result = validateContent(files);
  const errors = result.problems.filter((problem) => problem.severity === 'error');
  console.log(formatReport(result.problems, result.filesChecked));
  if (errors.length > 0) fail('\nThe site was not built because the content has errors.');
  mkdirSync(path.dirname(validatedFile), { recursive: true });
  writeFileSync(validatedFile, validatedJson(result));
}
validateAndHandOver();

/**
 * Astro empties the output folder file by file before it builds, on its one thread: about a
 * minute for the 140,000 files of 10,000 activities, before an incremental build can start
 * reusing pages. The previous output is moved into the cache folder instead (one rename) and
 * deleted there while Astro builds, on the other core. An output folder holding `.git` (which
 * Astro keeps), a symbolic link or a folder on another file system is left for Astro to empty.
 */
function clearOutputAside(): Promise<unknown> {
  const aside = existsSync(cacheDir) ? readdirSync(cacheDir).filter((name) => name.startsWith(PREVIOUS_OUTPUT)).map((name) => path.join(cacheDir, name)) : [];
  // A symbolic link is not moved: Astro would put a plain folder in its place.
  if (lstatSync(outDir, { throwIfNoEntry: false })?.isDirectory() && !existsSync(path.join(outDir, '.git'))) {
    const target = path.join(cacheDir, `${PREVIOUS_OUTPUT}${process.pid}`);
    try {
      mkdirSync(cacheDir, { recursive: true });
      renameSync(outDir, target);
      aside.push(target);
    } catch {
      // Astro empties it in place.
    }
  }
  // Left-overs of a build that was stopped are deleted too.
  return Promise.all(aside.map((folder) => rm(folder, { recursive: true, force: true })));
}
clearOutputAside().catch((error: Error) => console.warn(`[tukiverkko] The previous output moved into ${cacheDir} could not be deleted: ${error.message}`));

// Astro logs these and still exits 0; for a directory they mean an entry is missing or wrong.
const FATAL_LOG = /\[(ERROR|WARN)\]|\bWARN\b.*\b(content|glob-loader|file-loader|duplicate)\b/i;
// A deployment without editorial pages (content/pages/*.mdx) is complete; nothing is lost.
// (git keeps no empty folders, so a fresh clone may not have content/pages/ at all.)
const HARMLESS_LOG = /\[glob-loader\] (No files found matching "\*\.mdx" in directory "[^"]*pages"|The base directory "[^"]*\/pages\/?" does not exist)/;
// Rolldown's notice about the directive Astro puts in every MDX module (withastro/astro#18087);
// it says nothing about the content and the page is built in full.
const MDX_DIRECTIVE_LOG = /\[MODULE_LEVEL_DIRECTIVE\] The semantics of the module level directive "use astro:head-inject" in "[^"]+\.mdx\?astroPropagatedAssets"/;
// Astro colours its log lines; the patterns above match the plain text.
const ANSI = /\u001b\[[0-9;]*m/g;

const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', ...process.argv.slice(2)], {
  stdio: ['ignore', 'pipe', 'pipe'],
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', [VALIDATED_ENV]: validatedFile, [INDEX_LATER_ENV]: indexFile },
});
const flagged: string[] = [];
const relay = (stream: NodeJS.ReadableStream, out: NodeJS.WriteStream) => {
  let pending = '';
  stream.on('data', (chunk: Buffer) => {
    out.write(chunk);
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop()!;
    for (const line of lines) check(line);
  });
  stream.on('end', () => check(pending));
};
const check = (raw: string) => {
  const line = raw.replace(ANSI, '');
  if (FATAL_LOG.test(line) && !HARMLESS_LOG.test(line) && !MDX_DIRECTIVE_LOG.test(line)) flagged.push(line.trim());
};
relay(child.stdout, process.stdout);
relay(child.stderr, process.stderr);
child.on('close', (code) => {
  rmSync(validatedFile, { force: true });
  if (code !== 0) fail(`\nThe build failed (exit code ${code}).`, code ?? 1);
  if (flagged.length > 0) {
    fail(`\nThe build reported ${flagged.length} problem(s); failing so that nothing is published half-read:\n${flagged.map((line) => `  ${line}`).join('\n')}`);
  }
  if (!existsSync(indexFile)) fail('\nThe build did not reach the search index step.');
  const { outDir: builtDir, base, entryPages } = JSON.parse(readFileSync(indexFile, 'utf8')) as { outDir: string; base: string; entryPages: number };
  rmSync(indexFile, { force: true });
  indexSite(builtDir, base, entryPages).then(
    (line) => console.log(`[tukiverkko] ${line}`),
    (error: Error) => fail(`\nThe search index could not be built: ${error.message}`),
  );
});
