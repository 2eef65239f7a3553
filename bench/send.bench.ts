/**
 * Send-check latency in the workbench, from Send to `event.completed`, in
 * headless Chromium: the real runtime.js in its own frame over the emulated
 * Office.js. A 50 KB message, and one with 10 MB of attachments.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startWorkbench } from '../test/support/browser';
import { median, openWorkbench } from './util';
import type { Row } from './util';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const RUNS = 7;

interface Controller {
  newMessage(init: Record<string, unknown>): void;
  addAttachment(a: Record<string, unknown>): Promise<unknown>;
  fireLaunchEvent(
    type: string,
  ): Promise<{ elapsedMs: number; completed: boolean; options?: { allowEvent?: boolean } }>;
}

export async function benchSend(): Promise<Row[]> {
  if (!existsSync(CHROMIUM)) return [];
  const server = await startWorkbench();
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  try {
    const page = await browser.newPage({ ignoreHTTPSErrors: true });
    await openWorkbench(page, server.url);
    const rows: Row[] = [];
    for (const [name, attachmentsMb] of [
      ['send check, 50 KB message', 0],
      ['send check, 10 MB of attachments', 10],
    ] as const) {
      const times = await page.evaluate(
        async ({ runs, mb }) => {
          const w = window as unknown as { ArkivpostWorkbench: { controller(): Controller } };
          const c = w.ArkivpostWorkbench.controller();
          const paragraph =
            'Kommunen viser til søknaden din og har no behandla saka etter plan- og bygningslova. ';
          const body = paragraph.repeat(Math.ceil((50 * 1024) / paragraph.length));
          const out: number[] = [];
          for (let i = 0; i < runs + 1; i++) {
            c.newMessage({
              bodyType: 'text',
              subject: 'Svar på søknad om løyve til tiltak',
              body,
              to: [{ emailAddress: 'ola.innbyggjar@example.net', displayName: 'Ola' }],
            });
            if (mb > 0) {
              for (let k = 0; k < mb / 2.5; k++) {
                const bytes = new Uint8Array(2.5 * 1024 * 1024);
                for (let j = 0; j < bytes.length; j += 4096) bytes[j] = (j * 31 + k) & 0xff;
                bytes.set(new TextEncoder().encode('%PDF-1.7\n'), 0);
                await c.addAttachment({
                  attachmentType: 'file',
                  name: `teikning-${k + 1}.pdf`,
                  bytes,
                });
              }
            }
            const r = await c.fireLaunchEvent('OnMessageSend');
            if (!r.completed) throw new Error('the send check did not complete');
            if (i > 0) out.push(r.elapsedMs); // the first run warms up
          }
          return out;
        },
        { runs: RUNS, mb: attachmentsMb },
      );
      rows.push({
        name,
        value: median(times),
        unit: 'ms',
        target: '< 1000 ms',
        ok: median(times) < 1000,
        extra: { runs: RUNS, minMs: Math.min(...times), maxMs: Math.max(...times) },
      });
    }
    return rows;
  } finally {
    await browser.close();
    server.stop();
  }
}
