// Writes a copy of manifest.xml for another origin:
//
//   node scripts/manifest-host.mjs https://addin.example.no [out.xml]
//
// Every https://localhost:3000 in manifest.xml becomes the given origin; the
// default output is dist/manifest.xml. Outlook loads add-ins over https only,
// and all the manifest's URLs live on one origin, so the argument must be an
// https origin with no path, query or fragment. Node built-ins only.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = join(ROOT, 'manifest.xml');
const DEV_ORIGIN = 'https://localhost:3000';
const USAGE = 'usage: node scripts/manifest-host.mjs https://HOST[:PORT] [out.xml]';

/** The origin to write, or a reason why the argument is not one. */
export function parseOrigin(arg) {
  let url;
  try {
    url = new URL(arg);
  } catch {
    return { error: `not a URL: ${arg}` };
  }
  if (url.protocol !== 'https:') return { error: `Outlook requires https: ${arg}` };
  if (url.username || url.password) return { error: `no user name or password, please: ${arg}` };
  // `new URL` turns both "https://h" and "https://h/" into pathname "/".
  if (url.pathname !== '/' || /^https:\/\/[^/]+\/./i.test(arg)) {
    return { error: `give the origin only, without a path: ${arg}` };
  }
  if (url.search || url.hash || /[?#]/.test(arg)) {
    return { error: `give the origin only, without a query or fragment: ${arg}` };
  }
  return { origin: url.origin };
}

/** manifest.xml's text with every development URL moved to `origin`. */
export function rehost(xml, origin) {
  const count = xml.split(DEV_ORIGIN).length - 1;
  if (count === 0) throw new Error(`manifest.xml contains no ${DEV_ORIGIN} URL to replace`);
  const out = xml.split(DEV_ORIGIN).join(origin);
  if (origin !== DEV_ORIGIN && /localhost:3000/.test(out))
    throw new Error('manifest.xml has a localhost:3000 URL left over');
  return { xml: out, count };
}

function main(argv) {
  const [arg, outArg, extra] = argv;
  if (!arg || extra !== undefined || arg === '--help' || arg === '-h') {
    console.error(USAGE);
    return 2;
  }
  const parsed = parseOrigin(arg);
  if (parsed.error) {
    console.error(`manifest-host: ${parsed.error}\n${USAGE}`);
    return 2;
  }
  const out = outArg ? resolve(outArg) : join(ROOT, 'dist', 'manifest.xml');
  const { xml, count } = rehost(readFileSync(SOURCE, 'utf8'), parsed.origin);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, xml);
  console.log(`manifest-host: wrote ${out} (${count} URLs on ${parsed.origin})`);
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = main(process.argv.slice(2));
}
