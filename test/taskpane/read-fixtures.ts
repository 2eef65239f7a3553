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
import { parseEml } from '../../src/core/mime/eml';
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

/** One classification per warning kind, from sample mail of Hå kommune. */
export async function warningCases(): Promise<{
  readonly threat: Classification;
  readonly sensitive: Classification;
  readonly risky: Classification;
  readonly riskyInternal: Classification;
}> {
  const classify = (m: IncomingMessage): Promise<Classification> =>
    classifyMessage(m, ha, { inspect: {} });
  return {
    threat: await classify(await sampleMessage('ha-kommune/post/04-byggesaka-mi.eml')),
    sensitive: await classify(await sampleMessage('ha-kommune/post/03-startlan.eml')),
    risky: await classify(riskyAttachmentMessage('ukjend@example.net')),
    riskyInternal: await classify(riskyAttachmentMessage('kari.nordmann@ha.kommune.no')),
  };
}
