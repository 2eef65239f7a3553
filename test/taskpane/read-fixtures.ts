/**
 * Received messages and their classifications for the read pane's tests:
 * real classifications (core's classifyMessage over sample mail), so the
 * findings carry the codes and parameters the detectors really emit.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyMessage } from '../../src/core/classify/classify';
import type { Classification } from '../../src/core/classify/classify';
import type { IncomingMessage } from '../../src/core/message';
import type { Clock } from '../../src/core/model';
import { parseEml } from '../../src/core/mime/eml';
import { paneClassifyOptions } from '../../src/taskpane/read/useReadCheck';
import { loadProfile } from '../support/profiles';

export const MAILBOX_DIR = join(__dirname, '..', '..', 'dev', 'mailbox');

export function sampleEml(file: string): Buffer {
  return readFileSync(join(MAILBOX_DIR, file));
}

export async function sampleMessage(file: string): Promise<IncomingMessage> {
  return parseEml(sampleEml(file));
}

export const ha = loadProfile('ha-kommune');
export const vara = loadProfile('vara-kommun');

/** An executable from outside the organisation (R12). */
export function riskyAttachmentMessage(from: string): IncomingMessage {
  return {
    from: { address: from },
    to: [{ address: 'post@ha.kommune.no' }],
    cc: [],
    subject: 'Faktura',
    body: 'Sjå vedlagt faktura.',
    attachments: [
      {
        name: 'faktura.exe',
        size: 64,
        bytes: Uint8Array.from([0x4d, 0x5a, ...new Array<number>(62).fill(0)]),
      },
    ],
    headers: {},
    receivedAt: new Date('2026-03-02T08:00:00Z'),
  };
}

/**
 * A web page too large and hostile to read in the pane's time, beside a list
 * with a fødselsnummer, from outside the organisation (issue 10).
 */
export function hostileAttachmentMessage(): IncomingMessage {
  const enc = new TextEncoder();
  const page = enc.encode(`<html><body>${'<b>x</b><i a=1>'.repeat(160_000)}</body></html>`);
  const list = enc.encode('Deltakarar:\nKari Nordmann, Storgata 1\nOla 13097248022\n');
  return {
    from: { address: 'ukjend@example.net' },
    to: [{ address: 'post@ha.kommune.no' }],
    cc: [],
    subject: 'Deltakarliste',
    body: 'Sjå vedlegga.',
    attachments: [
      { name: 'side.html', size: page.length, bytes: page },
      { name: 'liste.txt', size: list.length, bytes: list },
    ],
    headers: {},
    receivedAt: new Date('2026-03-02T08:00:00Z'),
  };
}

/**
 * A clock that moves 25 ms each time it is read: the readers look at it
 * every few thousand steps, so a hostile file takes longer than the pane's
 * time, on any machine.
 */
export function busyClock(): Clock {
  let t = Date.parse('2026-03-02T09:00:00Z');
  return { now: () => new Date((t += 25)) };
}

/** One classification per warning kind, from sample mail of Hå kommune. */
export async function warningCases(): Promise<{
  readonly threat: Classification;
  readonly sensitive: Classification;
  readonly risky: Classification;
  readonly riskyInternal: Classification;
  /** Classified as the pane classifies, on a clock the hostile page runs past. */
  readonly uninspected: Classification;
}> {
  const classify = (m: IncomingMessage): Promise<Classification> =>
    classifyMessage(m, ha, { inspect: {} });
  return {
    threat: await classify(await sampleMessage('ha-kommune/post/04-byggesaka-mi.eml')),
    sensitive: await classify(await sampleMessage('ha-kommune/post/03-startlan.eml')),
    risky: await classify(riskyAttachmentMessage('ukjend@example.net')),
    riskyInternal: await classify(riskyAttachmentMessage('kari.nordmann@ha.kommune.no')),
    uninspected: await classifyMessage(
      hostileAttachmentMessage(),
      ha,
      paneClassifyOptions(busyClock()),
    ),
  };
}
