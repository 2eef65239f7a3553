/** A small, strict argument parser: unknown options are usage errors. */
import type { CliKey } from './messages';
import type { OversightCliKey } from './oversight-messages';

export class UsageError extends Error {
  constructor(
    readonly key: CliKey | OversightCliKey,
    readonly params: Readonly<Record<string, string | number>> = {},
  ) {
    super(key);
  }
}

export interface Parsed {
  readonly positional: string[];
  readonly options: Map<string, string | true>;
}

/** Options that take a value; all others are flags. */
const VALUED = new Set([
  'lang',
  'profile',
  'from',
  'to',
  'country',
  'days',
  'time-zone',
  'budget',
  'mailbox',
  'csv',
  'graph',
  'noark',
]);
const FLAGS = new Set(['json', 'help', 'version', 'outlook', 'digest']);

export function parseArgs(argv: readonly string[]): Parsed {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq < 0 ? undefined : eq);
      if (VALUED.has(name)) {
        const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
        if (value === undefined || value === '')
          throw new UsageError('cli.error.missing-value', { option: `--${name}` });
        options.set(name, value);
      } else if (FLAGS.has(name) && eq < 0) {
        options.set(name, true);
      } else {
        throw new UsageError('cli.error.unknown-option', { option: arg });
      }
    } else if (arg === '-h') {
      options.set('help', true);
    } else {
      positional.push(arg);
    }
  }
  return { positional, options };
}

export function stringOption(p: Parsed, name: string): string | undefined {
  const v = p.options.get(name);
  return typeof v === 'string' ? v : undefined;
}
