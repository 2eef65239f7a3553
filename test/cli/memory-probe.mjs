#!/usr/bin/env node
/**
 * Peak memory of `arkivpost check` on large messages, against their size.
 * Not a test (it writes hundreds of megabytes and takes a while): run it by
 * hand after `npm run build:cli`:
 *
 *     node test/cli/memory-probe.mjs [MB]        (default 100)
 *
 * For each shape (one large attachment, many attachments, a large plain-text
 * body) it writes a message of about MB megabytes to a temporary folder,
 * runs the built command line in a child process and prints its peak
 * resident memory (the kernel's maxRSS) beside the message size, with and
 * without Node's own baseline (`arkivpost --help`).
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  mkdtempSync,
  openSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const MB = 1024 * 1024;
const size = Number(process.argv[2] ?? 100) * MB;
const dir = mkdtempSync(join(tmpdir(), 'arkivpost-memory-'));
const hook = join(dir, 'maxrss.cjs');
writeFileSync(
  hook,
  "process.on('exit', () => process.stderr.write(`maxrss ${process.resourceUsage().maxRSS}\\n`));\n",
);

function write(path, shape) {
  const fd = openSync(path, 'w');
  const w = (s) => writeSync(fd, s);
  w(
    'From: Ola Innbyggjar <ola@example.net>\r\nTo: post@ha.kommune.no\r\nSubject: Stor melding\r\n' +
      'Date: Tue, 3 Mar 2026 09:30:00 +0100\r\nMessage-ID: <stor@example.net>\r\nMIME-Version: 1.0\r\n' +
      'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHei.\r\n',
  );
  const base64 = (bytes, seed) => {
    const chunk = Buffer.alloc(57 * 1024);
    let x = seed;
    for (let left = bytes; left > 0; left -= chunk.length) {
      const n = Math.min(left, chunk.length);
      for (let i = 0; i < n; i++) {
        x = (x * 1103515245 + 12345) >>> 0;
        chunk[i] = x >>> 24;
      }
      w(`${chunk.subarray(0, n).toString('base64').replace(/.{76}/g, '$&\r\n')}\r\n`);
    }
  };
  const file = (name) =>
    w(
      `--b\r\nContent-Type: application/octet-stream; name="${name}"\r\n` +
        `Content-Disposition: attachment; filename="${name}"\r\nContent-Transfer-Encoding: base64\r\n\r\n`,
    );
  if (shape === 'one large attachment') {
    file('stor.pdf');
    base64(Math.floor(size * 0.74), 1);
  } else if (shape === 'many attachments') {
    for (let k = 0; k < Math.floor((size * 0.74) / MB); k++) {
      file(`fil-${k}.bin`);
      base64(MB, k + 1);
    }
  } else {
    w('--b\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n');
    const block = Buffer.from(
      'Søknad om løyve til å byggje garasje, med teikningar og nabovarsel.\r\n'.repeat(10_000),
    );
    for (let n = 0; n < size; n += block.length) writeSync(fd, block);
  }
  w('\r\n--b--\r\n');
  closeSync(fd);
}

function peakKb(args) {
  const r = spawnSync(
    process.execPath,
    ['--require', hook, join(ROOT, 'bin', 'arkivpost.js'), ...args],
    {
      encoding: 'utf8',
      maxBuffer: 64 * MB,
    },
  );
  const m = /maxrss (\d+)/.exec(r.stderr);
  if (!m) throw new Error(`no measurement: ${r.stderr}`);
  return { kb: Number(m[1]), status: r.status };
}

try {
  const baseline = peakKb(['--help']).kb;
  console.log(`Node baseline: ${(baseline / 1024).toFixed(0)} MB`);
  for (const shape of ['one large attachment', 'many attachments', 'a large plain-text body']) {
    const eml = join(dir, 'message.eml');
    write(eml, shape);
    const bytes = statSync(eml).size;
    const started = Date.now();
    const { kb, status } = peakKb([
      'check',
      eml,
      '--profile',
      join(ROOT, 'profiles', 'ha-kommune.json'),
      '--from',
      'post@ha.kommune.no',
      '--json',
    ]);
    const peak = kb * 1024;
    console.log(
      `${shape}: ${(bytes / MB).toFixed(0)} MB message, peak ${(peak / MB).toFixed(0)} MB ` +
        `(${(peak / bytes).toFixed(2)}×, ${((peak - baseline * 1024) / bytes).toFixed(2)}× above Node's baseline), ` +
        `${((Date.now() - started) / 1000).toFixed(1)} s, exit ${status}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
