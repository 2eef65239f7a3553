/**
 * The daily digest (R21): each supervisor named in the profile gets one
 * mail with the overview of the mailboxes they supervise (of those read),
 * in the profile's language, from the profile's digest sender. One mail per
 * supervisor per run, however many mailboxes they supervise; a failure to
 * send to one is reported and the others still go.
 */
import { renderDigest, supervisorsOf } from '../../core/oversight/digest';
import type { DigestMailbox } from '../../core/oversight/digest';
import { GraphFailure } from '../../services/graph/errors';
import { sendDigestMail } from '../../services/oversight/digest-mail';
import type { OversightDeps } from './deps';
import { addressKey } from './deps';
import type { OverviewResult } from './overview';

export interface DigestReport {
  readonly sender: string;
  readonly sent: { readonly to: string; readonly mailboxes: string[] }[];
  readonly failed: { readonly to: string; readonly failure: unknown }[];
}

/** The profile names no digest sender (oversight.digestSender). */
export class NoDigestSender extends Error {
  constructor() {
    super('the profile names no digest sender');
    this.name = 'NoDigestSender';
  }
}

export interface DigestDeps extends OversightDeps {
  /** A mailbox's failure as a sentence in the profile's language. */
  readonly describe: (failure: unknown) => string;
}

export async function sendDigests(deps: DigestDeps, result: OverviewResult): Promise<DigestReport> {
  const sender = deps.profile.oversight?.digestSender;
  if (!sender) throw new NoDigestSender();
  const { profile } = deps;
  const byAddress = new Map(
    result.overview.mailboxes.map((m) => [addressKey(m.counts.address), m]),
  );
  const loads = new Map(result.loads.map((l) => [addressKey(l.address), l]));
  const names = new Map(profile.mailboxes.map((m) => [addressKey(m.address), m.name]));
  const now = deps.clock.now();
  const sent: DigestReport['sent'] = [];
  const failed: DigestReport['failed'] = [];
  for (const supervisor of supervisorsOf(
    profile,
    result.loads.map((l) => l.address),
  )) {
    const mailboxes: DigestMailbox[] = supervisor.mailboxes.map((address) => {
      const key = addressKey(address);
      const failure = loads.get(key)?.failure;
      return {
        address,
        name: names.get(key) ?? address,
        overview: failure === undefined ? (byAddress.get(key) ?? null) : null,
        ...(failure !== undefined ? { failure: deps.describe(failure) } : {}),
      };
    });
    const digest = renderDigest(mailboxes, {
      lang: profile.language,
      timeZone: profile.timeZone,
      now,
    });
    try {
      await sendDigestMail(deps.graph, sender, supervisor.address, digest);
      sent.push({ to: supervisor.address, mailboxes: supervisor.mailboxes });
    } catch (e) {
      if (!(e instanceof GraphFailure) || e.kind === 'auth') throw e;
      failed.push({ to: supervisor.address, failure: e });
    }
  }
  return { sender, sent, failed };
}
