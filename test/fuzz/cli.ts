/**
 * `npm run fuzz:filing -- --connector noark5|registry|sharepoint|all --runs N
 * --seed S [--reopen] [--json] [--only-run K]`: the filing fault fuzz
 * (./filing-fuzz.ts). With --json one object, the totals
 * `{"runs","faultsHit","duplicates","falselyFiled","unfinished"}` (and, for
 * --connector all, each connector's under "connectors"); without it a table,
 * the seed, and each bad run with what went wrong and how to replay it.
 * Exits 1 when anything was made twice, marked falsely or left unfinished.
 */
import { CONNECTORS, fuzzFiling } from './filing-fuzz';
import type { ConnectorName, Counts, FuzzReport } from './filing-fuzz';

interface Args {
  readonly connectors: readonly ConnectorName[];
  readonly runs: number;
  readonly seed: number;
  readonly reopen: boolean;
  readonly json: boolean;
  readonly onlyRun?: number;
}

const USAGE =
  'usage: npm run fuzz:filing -- --connector noark5|registry|sharepoint|all --runs N --seed S [--reopen] [--json] [--only-run K]';

function parse(argv: readonly string[]): Args {
  let connector = 'all';
  let runs = 50;
  let seed = 1;
  let reopen = false;
  let json = false;
  let onlyRun: number | undefined;
  const whole = (flag: string, v: string | undefined, min: number): number => {
    const n = Number(v);
    if (v === undefined || !Number.isInteger(n) || n < min) {
      throw new Error(`${flag} wants a whole number from ${min}\n${USAGE}`);
    }
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    const [flag, inline] = a.includes('=') ? (a.split('=', 2) as [string, string]) : [a, undefined];
    const value = (): string | undefined => inline ?? argv[++i];
    switch (flag) {
      case '--connector':
        connector = value() ?? '';
        break;
      case '--runs':
        runs = whole(flag, value(), 1);
        break;
      case '--seed':
        seed = whole(flag, value(), 0);
        break;
      case '--only-run':
        onlyRun = whole(flag, value(), 1);
        break;
      case '--reopen':
        reopen = true;
        break;
      case '--json':
        json = true;
        break;
      default:
        throw new Error(`unknown argument ${a}\n${USAGE}`);
    }
  }
  const connectors =
    connector === 'all'
      ? CONNECTORS
      : (CONNECTORS as readonly string[]).includes(connector)
        ? [connector as ConnectorName]
        : null;
  if (connectors === null) throw new Error(`unknown connector ${connector}\n${USAGE}`);
  if (onlyRun !== undefined && onlyRun > runs) runs = onlyRun;
  return { connectors, runs, seed, reopen, json, ...(onlyRun !== undefined ? { onlyRun } : {}) };
}

const KEYS = ['runs', 'faultsHit', 'duplicates', 'falselyFiled', 'unfinished'] as const;

function sum(reports: readonly FuzzReport[]): Counts {
  const out: Counts = { runs: 0, faultsHit: 0, duplicates: 0, falselyFiled: 0, unfinished: 0 };
  for (const r of reports) for (const k of KEYS) out[k] += r.totals[k];
  return out;
}

function table(reports: readonly FuzzReport[], args: Args): string {
  const rows = [
    ['connector', ...KEYS],
    ...reports.map((r) => [r.options.connector, ...KEYS.map((k) => String(r.totals[k]))]),
  ];
  if (reports.length > 1) {
    const t = sum(reports);
    rows.push(['all', ...KEYS.map((k) => String(t[k]))]);
  }
  const widths = (rows[0] as string[]).map((_, c) =>
    Math.max(...rows.map((r) => r[c]?.length ?? 0)),
  );
  const lines = rows.map((r) =>
    r
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join('  '),
  );
  const out = [
    `Filing fuzz, seed ${args.seed}, ${args.runs} runs per connector, ${args.reopen ? 'every retry from a pane opened again' : 'retries from the same pane'}`,
    '',
    ...lines,
  ];
  for (const r of reports) {
    for (const b of r.bad) {
      out.push(
        '',
        `${r.options.connector} run ${b.run} (replay: npm run fuzz:filing -- --connector ${r.options.connector} --seed ${args.seed} --only-run ${b.run}${args.reopen ? ' --reopen' : ''}):`,
        ...b.problems.map((p) => `  - ${p}`),
      );
    }
  }
  return out.join('\n');
}

async function main(): Promise<void> {
  const args = parse(process.argv.slice(2));
  const reports: FuzzReport[] = [];
  for (const connector of args.connectors) {
    reports.push(
      await fuzzFiling({
        connector,
        runs: args.runs,
        seed: args.seed,
        reopen: args.reopen,
        ...(args.onlyRun !== undefined ? { onlyRun: args.onlyRun } : {}),
      }),
    );
  }
  const totals = sum(reports);
  if (args.json) {
    const out: Record<string, unknown> = { ...totals };
    if (reports.length > 1) {
      out['connectors'] = Object.fromEntries(reports.map((r) => [r.options.connector, r.totals]));
    }
    console.log(JSON.stringify(out));
  } else {
    console.log(table(reports, args));
  }
  process.exitCode = totals.duplicates + totals.falselyFiled + totals.unfinished > 0 ? 1 : 0;
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : e);
  process.exitCode = 2;
});
