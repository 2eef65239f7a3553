/**
 * The Office.js stub the task pane's benchmark serves in place of office.js
 * (bench/office-stub.ts), built as scripts/bench.mjs builds it: enough
 * Office for the pane's host adapters to read the message, and for the
 * checks to reach a result, in compose and in read mode.
 */
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { buildSync } from 'esbuild';
import { checkCompose } from '../../src/core/compose/decide';
import { classifyMessage } from '../../src/core/classify/classify';
import { displayLang } from '../../src/host/office/context';
import {
  createOfficeComposePort,
  currentComposeItem,
  currentItemMode,
  officeReady,
} from '../../src/host/office/pane';
import { createOfficeReadPort, currentReadItem } from '../../src/host/office/read';
import { loadProfile } from '../support/profiles';

const ha = loadProfile('ha-kommune');

const stub = buildSync({
  entryPoints: [join(__dirname, '..', '..', 'bench', 'office-stub.ts')],
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  write: false,
}).outputFiles[0]!.text;

/** Runs the stub as the page would, and makes its Office the global one. */
function load(mode: 'compose' | 'read'): void {
  const window: Record<string, unknown> = {
    location: { search: `?mode=${mode}` },
    URLSearchParams,
    setTimeout,
  };
  window['window'] = window;
  runInContext(stub, createContext(window));
  (globalThis as Record<string, unknown>)['Office'] = window['Office'];
}

afterEach(() => {
  delete (globalThis as Record<string, unknown>)['Office'];
});

describe('the Office.js stub', () => {
  it('is small', () => {
    expect(stub.length).toBeLessThan(4000);
  });

  it('opens the pane on a message being written, which the compose check passes', async () => {
    load('compose');
    await officeReady();
    expect(currentItemMode()).toBe('compose');
    expect(displayLang()).toBe('nn');
    const snapshot = await createOfficeComposePort(currentComposeItem()).snapshot();
    expect(snapshot.subject).toBe('Svar på søknad om løyve til tiltak');
    expect(snapshot.from.address).toBe('post@ha.kommune.no');
    expect(snapshot.to.map((a) => a.address)).toEqual(['ola.innbyggjar@example.net']);
    expect((await checkCompose(snapshot, ha)).decision).toBe('allow');
  });

  it('opens the pane on a received message, which is classified', async () => {
    load('read');
    await officeReady();
    expect(currentItemMode()).toBe('read');
    const message = await createOfficeReadPort(currentReadItem()).message();
    expect(message.subject).toBe('SV: Svar på søknad om løyve til tiltak');
    expect(message.from?.address).toBe('ola.innbyggjar@example.net');
    expect(message.body).toContain('Når kan eg starte arbeidet?');
    const result = await classifyMessage(message, ha, { inspect: {} });
    expect(result.class).toBe('archive-worthy');
  });
});
