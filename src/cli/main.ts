import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { documentLines, extractTrace, ExtractError } from '../extract.js';
import { LineStats, TEMPLATE_MIN_DOCUMENTS } from '../score/template.js';
import { renderExplain } from '../render/explain.js';
import type { ExtractTrace, OutputFormat } from '../types.js';
import { describeError, readInput, InputError } from './inputs.js';
import { writeAtomic } from './write.js';

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
}

const EXAMPLES = `
Examples:
  declutter page.html                       story as Markdown on stdout
  cat dump.txt | declutter > story.md       a text dump from stdin
  declutter --format json a.html b.txt      one JSON object per line, in input order
  declutter --explain dump.txt              every block, kept or dropped, and why
  declutter -o story.md page.html.gz        written atomically; gzip is recognised by its bytes

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

  ignoreClosedStdout();
  const several = inputs.length > 1;
  const batch = options.template ? await learnTemplate(inputs, options) : undefined;
  const color = !options.output && Boolean(process.stdout.isTTY);
  const collected: string[] = [];
  let failed = false;
  for (const input of inputs) {
    let out: string;
    try {
      const { bytes, charset } = await readInput(input);
      out = render(extractTrace(bytes, { source: input, inputFormat: options.inputFormat, charset, batch }), options, several, color);
    } catch (error) {
      if (!(error instanceof ExtractError || error instanceof InputError)) {
        if (process.env.DECLUTTER_DEBUG) console.error(error);
      }
      const reason = (error as Error).message.split('\n')[0];
      process.stderr.write(`declutter: ${input === '-' ? 'stdin' : input}: ${reason}\n`);
      failed = true;
      continue;
    }
    if (options.output) collected.push(out);
    else if (!(await writeStdout(out))) return failed ? EXIT_INPUT_FAILED : EXIT_OK;
  }
  if (options.output) {
    try {
      await writeAtomic(options.output, collected.join(''));
    } catch (error) {
      process.stderr.write(`declutter: ${options.output}: cannot write (${describeError(error)})\n`);
      return EXIT_INPUT_FAILED;
    }
  }
  return failed ? EXIT_INPUT_FAILED : EXIT_OK;
}

/**
 * First pass over a batch: counts in how many inputs each line occurs, so that the second pass
 * knows the site's template. Needs every input twice, so stdin (read once) is left out; inputs
 * that fail here are reported by the second pass.
 */
async function learnTemplate(inputs: string[], options: CliOptions): Promise<LineStats | undefined> {
  const files = inputs.filter((i) => i !== '-');
  if (files.length < TEMPLATE_MIN_DOCUMENTS) return undefined;
  const stats = new LineStats();
  for (const input of files) {
    try {
      const { bytes, charset } = await readInput(input);
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
