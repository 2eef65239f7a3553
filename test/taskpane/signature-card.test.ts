/**
 * R9's card in the case panel, server-rendered in every language: the
 * reason and the legal basis each read as a sentence, the basis ending in
 * a full stop although the profile cites it without one.
 */
import { createElement } from 'react';
import { renderToString } from 'react-dom/server';
import type { SignatureRequirement } from '../../src/core/classify/signature';
import { LANGS } from '../../src/core/model';
import type { Lang } from '../../src/core/model';
import type { ReadPort } from '../../src/core/ports';
import type { ItemState } from '../../src/core/state';
import { SignatureCard } from '../../src/taskpane/case/SignatureCard';
import { tsig } from '../../src/taskpane/case/signatureMessages';
import { Shell } from '../../src/taskpane/shell/Shell';
import { loadProfile } from '../support/profiles';
import { offlineSession } from './offline-session';
import { parseHtml, textOf } from './roles';

const HA = loadProfile('ha-kommune');
const KARI = { address: 'kari.nordmann@ha.kommune.no', name: 'Kari Nordmann' };

function html(lang: Lang, basis: string, item: ItemState = { status: 'new' }): string {
  const port: ReadPort = {
    message: () => Promise.reject(new Error('not read here')),
    address: () => Promise.resolve(null),
    user: () => KARI,
    replyForm: () => Promise.resolve(),
  };
  const session = offlineSession({
    user: KARI,
    profile: HA,
    lang,
    now: new Date('2026-03-10T08:00:00Z'),
    port,
  });
  const requirement: SignatureRequirement = {
    kind: 'Klage på vedtak',
    phrase: 'klage på vedtak',
    where: 'subject',
    basis,
    replyLang: 'nn',
  };
  const card = createElement(SignatureCard, {
    requirement,
    session,
    port,
    profile: HA,
    item,
    lang,
    facts: { subject: 'Klage på vedtak' },
    notice: { subject: 'Klage på vedtak', mailboxName: 'Hå kommune – post' },
    disabled: false,
  });
  return renderToString(createElement(Shell, { theme: 'light', lang }, card));
}

const text = (lang: Lang, basis: string): string => textOf(parseHtml(html(lang, basis)));

describe.each(LANGS)('the signature card in %s', (lang) => {
  it('ends the profile’s basis as a sentence, once', () => {
    const cited = 'Rutine for e-post, steg 4: e-post skal avvisast når lova krev underskrift';
    expect(text(lang, cited)).toContain(tsig(lang, 'signature.basis', { basis: `${cited}.` }));
    expect(text(lang, `${cited}.`)).not.toContain('underskrift..');
    expect(text(lang, 'Offl. § 13 jf. fvl. § 13 første ledd nr. 1')).toContain('nr. 1.');
  });

  it('offers the reply as the thing to do until the message is rejected, then as a second choice', () => {
    const basis = 'fvl. § 32 første ledd bokstav a';
    expect(html(lang, basis)).toContain('data-signature-reply="first"');
    const rejected: ItemState = {
      status: 'new',
      rejected: { reason: 'signature-required', by: KARI, at: '2026-03-10T07:30:00.000Z' },
    };
    const again = html(lang, basis, rejected);
    expect(again).toContain('data-signature-reply="again"');
    expect(again).not.toContain('data-signature-reply="first"');
  });
});
