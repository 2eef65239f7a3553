/**
 * The engine as the send runtime gets it: built by scripts/build-send.mjs, parsed as ES2016
 * (classic Outlook for Windows before build 2403 accepts nothing newer), within
 * the 256 KB budget (docs/adr/0005), and run in a bare JavaScript context: no DOM, no Node
 * built-ins, no TextDecoder, no Buffer.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runInContext, createContext } from 'node:vm';
import { parse } from 'acorn';
import { buildDocx, ins, p } from '../support/docx-builder';
import { basePdf } from '../support/pdf-builder';
import { loadProfile } from '../support/profiles';
import { snapshot } from '../support/snapshot';

const ROOT = join(__dirname, '..', '..');
const BUNDLE = join(ROOT, 'dist', 'core', 'arkivpost-core.js');
const BUDGET = 256 * 1024;

interface Core {
  check(
    snapshotJson: string,
    profileJson: string,
  ): Promise<{ decision: string; findings: Array<{ code: string }> }>;
  renderAlert(r: unknown, lang: string): { text: string; markdown: string };
}

// Data crosses into the bare context as JSON, so that every object (and every
// Uint8Array) belongs to that context, as it would in Outlook's runtime.
const HARNESS = `
this.core = {
  check: function (s, p) {
    var snap = JSON.parse(s, function (k, v) { return k === 'bytes' ? new Uint8Array(v) : v; });
    return ArkivpostCore.checkCompose(snap, JSON.parse(p));
  },
  renderAlert: ArkivpostCore.renderAlert,
};`;

function toJson(value: unknown): string {
  return JSON.stringify(value, (k, v: unknown) =>
    k === 'bytes' && v instanceof Uint8Array ? Array.from(v) : v,
  );
}

let source = '';
let core: Core;

beforeAll(() => {
  execFileSync(process.execPath, [join(ROOT, 'scripts', 'build-send.mjs')], {
    cwd: ROOT,
    stdio: 'pipe',
  });
  source = readFileSync(BUNDLE, 'utf8');
  // A context with nothing but the ECMAScript built-ins (and Intl).
  const context = createContext({});
  runInContext(`${source}\n${HARNESS}`, context);
  core = (context as { core: Core }).core;
}, 120_000);

describe('the send-runtime bundle', () => {
  it('parses as ES2016', () => {
    expect(() => parse(source, { ecmaVersion: 2016, sourceType: 'script' })).not.toThrow();
  });

  it(`fits the ${BUDGET / 1024} KB budget`, () => {
    expect(statSync(BUNDLE).size).toBeLessThanOrEqual(BUDGET);
  });

  it('loads nothing at run time', () => {
    expect(source).not.toMatch(/\brequire\(|\bimport\(/);
  });

  it('blocks a fødselsnummer in the subject with the nynorsk text, in a bare context', async () => {
    const r = await core.check(
      toJson(snapshot({ subject: 'Vedtak for 13097248022' })),
      toJson(loadProfile('ha-kommune')),
    );
    expect(r.decision).toBe('block');
    expect(core.renderAlert(r, 'nn').text).toContain('Emnefeltet inneheld eit fødselsnummer');
  });

  it('inspects DOCX and PDF attachments without Node or DOM', async () => {
    const docx = buildDocx({ body: p('Vedtak') + `<w:p>${ins('ny')}</w:p>` });
    const pdf = basePdf().endRevision().bytes();
    const r = await core.check(
      toJson(
        snapshot({
          attachments: [
            { name: 'vedtak.docx', size: docx.length, bytes: docx },
            { name: 'vedtak.pdf', size: pdf.length, bytes: pdf },
          ],
        }),
      ),
      toJson(loadProfile('ha-kommune')),
    );
    const codes = r.findings.map((f) => f.code);
    expect(codes).toEqual(
      expect.arrayContaining(['attachment.draft.revisions', 'attachment.pdf.unsigned']),
    );
  });
});

describe('the OnMessageSend handler file (runtime.js)', () => {
  const RUNTIME = join(ROOT, 'dist', 'addin', 'runtime.js');
  let runtime = '';

  beforeAll(() => {
    runtime = readFileSync(RUNTIME, 'utf8');
  });

  it('parses as ES2016', () => {
    expect(() => parse(runtime, { ecmaVersion: 2016, sourceType: 'script' })).not.toThrow();
  });

  it(`fits the ${BUDGET / 1024} KB budget with the engine, the texts and the profile`, () => {
    expect(statSync(RUNTIME).size).toBeLessThanOrEqual(BUDGET);
  });

  it('is one file that loads nothing and registers both handlers', () => {
    expect(runtime).not.toMatch(/\brequire\(|\bimport\(/);
    expect(runtime).toContain('"onMessageSendHandler"');
    expect(runtime).toContain('"onComposeChangedHandler"');
  });

  it('registers the handlers when loaded in a bare context with Office', () => {
    const names: string[] = [];
    const context = createContext({
      Office: { actions: { associate: (name: string) => names.push(name) } },
    });
    runInContext(runtime, context);
    expect(names.sort()).toEqual(['onComposeChangedHandler', 'onMessageSendHandler']);
  });
});
