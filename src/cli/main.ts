import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { documentLines, extractTrace, ExtractError } from '../extract.js';
import { LineStats, TEMPLATE_MIN_DOCUMENTS } from '../score/template.js';
import { renderExplain } from '../render/explain.js';
import type { ExtractTrace, OutputFormat } from '../types.js';
import { describeError, readInput, InputError } from './inputs.js';
import { writeAtomic } from './write.js';
import { expandInputs, type InputFile } from './expand.js';

/** Exit codes, as documented in the README. */
export const EXIT_OK = 0;
export const EXIT_INPUT_FAILED = 1;
export const EXIT_USAGE = 2;

interface CliOptions {
  format: OutputFormat;
  inputFormat: 'auto' | 'html' | 'text';
  output?: string;
  explain?: boolean;
  template: boolean;
  outDir?: string;
  skipExisting?: boolean;
  quiet?: boolean;
}

const EXAMPLES = `
Examples:
  declutter page.html                       story as Markdown on stdout
  cat dump.txt | declutter > story.md       a text dump from stdin
  declutter --format json a.html b.txt      one JSON object per line, in input order
  declutter --explain dump.txt              every block, kept or dropped, and why
  declutter -o story.md page.html.gz        written atomically; gzip is recognised by its bytes
  declutter --out-dir clean/ scraped/       a folder in, a mirrored folder of .md files out
  declutter -f json 'pages/**/*.html' | jq  globs are expanded by declutter itself

Exit codes: 0 all inputs done, 1 at least one input failed, 2 usage error.`;

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
    .addOption(new Option('--input-format <format>', 'how to read the inputs').choices(['auto', 'html', 'text']).default('auto'))
    .option('-o, --output <file>', 'write the output to a file (atomically) instead of stdout')
    .option('--explain', 'list every block with its label, weight and reason')
    .option('--no-template', 'do not learn the template from lines that recur across the inputs')
    .option('--out-dir <dir>', 'write one file per input into this folder, mirroring the input tree')
    .option('--skip-existing', 'with --out-dir: leave inputs whose output file exists (resume a run)')
    .option('-q, --quiet', 'no summary line at the end of a batch')
    .addHelpText('after', EXAMPLES)
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s.startsWith('error:') ? `declutter: ${s}` : s) });
}

function render(trace: ExtractTrace, options: CliOptions, several: boolean, color: boolean): string {
  const { result } = trace;
  if (options.explain) return renderExplain(trace, color);
  switch (options.format) {
    case 'json':
      return `${JSON.stringify(result)}\n`;
    case 'text':
      return `${several ? `==> ${result.source} <==\n` : ''}${result.text}\n`;
    default:
      return `${several ? `<!-- source: ${result.source} -->\n` : ''}${result.markdown}`;
  }
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
  const options = cli.opts<CliOptions>();
  let inputs = cli.args;
  if (inputs.length === 0) {
    if (process.stdin.isTTY) {
      cli.outputHelp({ error: true });
      return EXIT_USAGE;
    }
    inputs = ['-'];
  }
  if (inputs.filter((i) => i === '-').length > 1) {
    process.stderr.write('declutter: stdin (-) can be read only once\n');
    return EXIT_USAGE;
  }

  if (options.skipExisting && !options.outDir) return usageError('--skip-existing needs --out-dir');
  if (options.outDir && options.output) return usageError('--out-dir and --output exclude each other');
  if (options.outDir && inputs.some((i) => resolve(i) === resolve(options.outDir!))) {
    return usageError('--out-dir is one of the input folders: outputs would mix with inputs');
  }

  ignoreClosedStdout();
  const started = performance.now();
  const expanded = await expandInputs(inputs, options.outDir);
  const files = expanded.filter((f): f is InputFile => 'relative' in f);
  const inputPaths = new Set(files.filter((f) => f.path !== '-').map((f) => resolve(f.path)));
  const several = expanded.length > 1;
  const batch = options.template ? await learnTemplate(files, options) : undefined;
  const color = !options.output && !options.outDir && Boolean(process.stdout.isTTY);
  const collected: string[] = [];
  const tally = { documents: 0, failed: 0, skipped: 0, inputChars: 0, outputChars: 0 };
  const fail = (input: string, reason: string) => {
    process.stderr.write(`declutter: ${input === '-' ? 'stdin' : input}: ${reason}\n`);
    tally.failed++;
  };

  for (const item of expanded) {
    if (!('relative' in item)) {
      fail(item.path, item.reason);
      continue;
    }
    const target = options.outDir ? join(options.outDir, outputName(item.relative, options)) : null;
    if (target && inputPaths.has(resolve(target))) {
      fail(item.path, `output ${target} would overwrite an input`);
      continue;
    }
    if (target && options.skipExisting && existsSync(target)) {
      tally.skipped++;
      continue;
    }
    let out: string;
    try {
      const { bytes, charset } = await readInput(item.path);
      const trace = extractTrace(bytes, { source: item.path, inputFormat: options.inputFormat, charset, batch });
      tally.documents++;
      tally.inputChars += trace.result.stats.inputChars;
      tally.outputChars += trace.result.stats.outputChars;
      out = render(trace, options, several && !target, color);
    } catch (error) {
      if (!(error instanceof ExtractError || error instanceof InputError) && process.env.DECLUTTER_DEBUG) console.error(error);
      fail(item.path, (error as Error).message.split('\n')[0]!);
      continue;
    }
    if (target) {
      try {
        await mkdir(dirname(target), { recursive: true });
        await writeAtomic(target, out);
      } catch (error) {
        fail(item.path, `cannot write ${target} (${describeError(error)})`);
      }
    } else if (options.output) collected.push(out);
    else if (!(await writeStdout(out))) return tally.failed ? EXIT_INPUT_FAILED : EXIT_OK;
  }
  if (options.output) {
    try {
      await writeAtomic(options.output, collected.join(''));
    } catch (error) {
      process.stderr.write(`declutter: ${options.output}: cannot write (${describeError(error)})\n`);
      return EXIT_INPUT_FAILED;
    }
  }
  if (several && !options.quiet) process.stderr.write(`${summary(tally, performance.now() - started)}\n`);
  return tally.failed ? EXIT_INPUT_FAILED : EXIT_OK;
}

function usageError(message: string): number {
  process.stderr.write(`declutter: ${message}\n`);
  return EXIT_USAGE;
}

const EXTENSIONS: Record<OutputFormat, string> = { markdown: '.md', json: '.json', text: '.txt' };

/** `a/b/page.html.gz` → `a/b/page.md`: the mirrored name of an input's output. */
function outputName(relativePath: string, options: CliOptions): string {
  const bare = relativePath.replace(/\.gz$/i, '').replace(/(?<=.)\.[^./\\]{1,10}$/, '');
  return bare + (options.explain ? '.explain.txt' : EXTENSIONS[options.format]);
}

/** One line for the end of a batch: how many, how much was kept, how many failed, how long. */
function summary(t: { documents: number; failed: number; skipped: number; inputChars: number; outputChars: number }, ms: number): string {
  const share = t.inputChars ? Math.round((100 * t.outputChars) / t.inputChars) : 0;
  const skipped = t.skipped ? `, ${t.skipped} skipped (output exists)` : '';
  return `declutter: ${t.documents} documents, kept ${share}% of ${t.inputChars} characters, ${t.failed} failed${skipped}, ${(ms / 1000).toFixed(1)} s`;
}

/**
 * First pass over a batch: counts in how many inputs each line occurs, so that the second pass
 * knows the site's template. Needs every input twice, so stdin (read once) is left out; inputs
 * that fail here are reported by the second pass.
 */
async function learnTemplate(inputs: InputFile[], options: CliOptions): Promise<LineStats | undefined> {
  const files = inputs.filter((i) => i.path !== '-');
  if (files.length < TEMPLATE_MIN_DOCUMENTS) return undefined;
  const stats = new LineStats();
  for (const input of files) {
    try {
      const { bytes, charset } = await readInput(input.path);
      stats.addDocument(documentLines(bytes, { inputFormat: options.inputFormat, charset }));
    } catch {
      // the second pass names the input and the reason
    }
  }
  return stats;
}

/** Writes to stdout; false when the reader has gone (`declutter … | head`), which ends the run quietly. */
function writeStdout(text: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (error) => {
      if (!error) resolve(true);
      else if ((error as NodeJS.ErrnoException).code === 'EPIPE') resolve(false);
      else reject(error);
    });
  });
}

/** The stream reports a closed pipe as an event as well as to the write; the write's answer is enough. */
function ignoreClosedStdout(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}
