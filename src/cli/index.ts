import { systemClock } from '../services/clock';
import { run } from './main';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Uint8Array);
  return new Uint8Array(Buffer.concat(chunks));
}

run(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(`${s}\n`),
  stderr: (s) => process.stderr.write(`${s}\n`),
  readStdin,
  env: process.env,
  clock: systemClock,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    // An unexpected failure is a bug: show it plainly, exit non-zero.
    process.stderr.write(`arkivpost: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exitCode = 70;
  },
);
