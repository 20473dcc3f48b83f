import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { BatchRun, type BatchOptions } from './batch.js';
import { useColor, type ColorChoice } from './color.js';
import { expandInputs, type InputFile } from './expand.js';
import { planOutputs } from './out-paths.js';
import { InputIdentities, outputFileProblem } from './targets.js';
import { cleanUpOnSignals } from './write.js';
import { DEFAULT_MAX_BYTES, MAX_JOBS } from '../settings.js';

/** Exit codes, as documented in the README. */
export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;

const EXAMPLES = `
Examples:
  declutter page.html                       story as Markdown on stdout
  cat dump.txt | declutter > story.md       a text dump from stdin
  declutter --format json a.html b.txt      one JSON object per line, in input order
  declutter --explain dump.txt              every block, kept or dropped, and why
  declutter -o story.md page.html.gz        written atomically; gzip is recognised by its bytes
  declutter --out-dir clean/ scraped/       a folder in, a mirrored folder of .md files out
  declutter --front-matter --images page.html   Markdown with YAML metadata and pictures
  declutter -f json 'pages/**/*.html' | jq  globs are expanded by declutter itself
  declutter --exclude 'drafts/**' scraped/  a folder, less some of its files

Exit codes: 0 all inputs done, 1 at least one input failed, 2 usage error (also an output that
cannot be written, or one that would replace an input), 130/143 interrupted.`;

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function program(): Command {
  return new Command()
    .name('declutter')
    .description('Extract the main story from scraped pages (HTML or text dumps) as Markdown, JSON or text.')
    .version(version(), '-V, --version')
    .argument('[inputs...]', 'files to read; - (or nothing, when piped) reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['markdown', 'json', 'text']).default('markdown'))
    .addOption(new Option('--input-format <format>', 'how to read the inputs').choices(['auto', 'html', 'text', 'jsonl', 'warc']).default('auto'))
    .option('--no-links', "Markdown: print the page's links as their text alone")
    .option('--images', "Markdown: print the story's pictures, as ![alt](src)")
    .option('--front-matter', 'Markdown: YAML front matter with the metadata before each document')
    .option('--field <name>', 'JSON Lines: the field that holds the page (default: the first of html, content, body, raw, text)')
    .option('-o, --output <file>', 'write the output to a file (atomically) instead of stdout; - is stdout')
    .option('--explain', 'list every block with its label, weight and reason')
    .option('--no-template', 'do not learn the template from lines that recur across the inputs')
    .option('--out-dir <dir>', 'write one file per input into this folder, mirroring the input tree')
    .option('--skip-existing', 'with --out-dir: leave inputs whose output file exists (resume a run)')
    .option('-q, --quiet', 'no summary line at the end of a batch, no "no story found" lines')
    .option('--fail-empty', 'a document in which no story is found counts as failed (exit 1)')
    .addOption(new Option('--include <glob>', "read only a folder's or glob's files that match (repeatable; whatever their type)").argParser(collect).default([], 'none'))
    .addOption(new Option('--exclude <glob>', "pass over a folder's or glob's files that match (repeatable)").argParser(collect).default([], 'none'))
    .addOption(new Option('--color <when>', 'colour the explain view').choices(['auto', 'always', 'never']).default('auto'))
    .addOption(new Option('--max-bytes <size>', 'refuse a document or record larger than this, stored or decompressed (e.g. 200M, 1G)').argParser(parseSize).default(DEFAULT_MAX_BYTES, '64M'))
    .option('--timeout <seconds>', 'a document that takes longer fails, and the batch goes on (default: 60 on worker threads, else none; 0: no limit)', parseSeconds)
    .addOption(new Option('-j, --jobs <n>', 'documents extracted at once, on worker threads').argParser(parseJobs).default(availableParallelism(), 'the number of cores; one thread for fewer than 200 files'))
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s.startsWith('error:') ? `declutter: ${s}` : s) });
}

/** Runs the command line; returns the exit code. All printing happens here, none in the library. */
export async function main(argv: string[]): Promise<number> {
  const cli = program();
  try {
    cli.parse(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? EXIT_OK : EXIT_USAGE;
    }
    throw error;
  }
  const options = cli.opts<BatchOptions & { include: string[]; exclude: string[]; color: ColorChoice }>();
  if (options.output === '-') delete options.output;
  options.jobsByDefault = cli.getOptionValueSource('jobs') === 'default';
  let inputs = cli.args;
  if (inputs.length === 0) {
    if (process.stdin.isTTY) {
      cli.outputHelp({ error: true });
      return EXIT_USAGE;
    }
    inputs = ['-'];
  }
  if (inputs.filter((i) => i === '-').length > 1) return usageError('stdin (-) can be read only once');

  if (options.skipExisting && !options.outDir) return usageError('--skip-existing needs --out-dir');
  if (options.frontMatter && (options.format !== 'markdown' || options.explain)) return usageError('--front-matter needs Markdown output (--format markdown, no --explain)');
  if (options.outDir && options.output) return usageError('--out-dir and --output exclude each other');
  if (options.outDir && inputs.some((i) => resolve(i) === resolve(options.outDir!))) {
    return usageError('--out-dir is one of the input folders: outputs would mix with inputs');
  }
  if (options.outDir && isNonFolder(options.outDir)) return usageError(`--out-dir ${options.outDir} is not a folder`);

  ignoreClosedStdout();
  cleanUpOnSignals();
  const { inputs: expanded, skipped } = await expandInputs(inputs, options);
  const files = expanded.filter((f): f is InputFile => 'relative' in f);
  if (options.output) {
    // before any input is read: a mistyped folder or an input named as the output costs nothing
    const problem = outputFileProblem(options.output, new InputIdentities(files));
    if (problem) return usageError(problem);
  }
  const toTerminal = !options.output && !options.outDir && Boolean(process.stdout.isTTY);
  const run = new BatchRun(options, {
    files,
    several: expanded.length > 1,
    color: useColor(options.color, process.env, toTerminal),
    plan: options.outDir ? planOutputs(files) : undefined,
    skippedFiles: skipped,
  });
  await run.learnTemplate();
  for (const item of expanded) {
    if ('relative' in item) await run.runFile(item);
    else await run.failInput(item.path, item.code, item.reason);
    if (run.stopped) break;
  }
  await run.finish();
  // a reader that has had enough (`| head`) is no failure of ours
  if (run.stopped) return EXIT_OK;
  return run.failed ? EXIT_INPUT_FAILED : EXIT_OK;
}

function isNonFolder(path: string): boolean {
  try {
    return !statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

const UNITS: Record<string, number> = { '': 1, K: 1024, M: 1024 ** 2, G: 1024 * 1024 * 1024 };

function parseSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([KMG]?)i?B?$/i.exec(value.trim());
  if (!match) throw new InvalidArgumentError('a size such as 500000, 200K, 64M or 1G');
  return Math.floor(Number(match[1]) * UNITS[match[2]!.toUpperCase()]!);
}

function parseSeconds(value: string): number {
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds < 0 || value.trim() === '') throw new InvalidArgumentError('a number of seconds, such as 30 or 0.5 (0: no limit)');
  return seconds;
}

function parseJobs(value: string): number {
  const jobs = Number(value);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS) throw new InvalidArgumentError(`a whole number from 1 to ${MAX_JOBS}`);
  return jobs;
}

function usageError(message: string): number {
  process.stderr.write(`declutter: ${message}\n`);
  return EXIT_USAGE;
}

/** The stream reports a closed pipe as an event as well as to the write; the write's answer is enough. */
function ignoreClosedStdout(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}
