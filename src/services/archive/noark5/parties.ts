/**
 * The record's parties (korrespondansepart): the sender and each recipient,
 * as persons (EA/EM), or for an internal note (N) as internal parties
 * (IA/IM) where the archive offers them. One already there is not made
 * again; the step is journaled as "parties".
 */
import { isBegun } from '../../../core/archive/journal';
import type { ArchiveParty, FilingRequest } from '../../../core/ports';
import { href, kodeOf, listed, requireHref, textOf } from './api';
import type { Json } from './api';
import { noteMade } from './steps';
import type { DocumentType, FilingContext, Step } from './steps';

function plan(
  documentType: DocumentType,
  record: Json,
  p: ArchiveParty,
): { href: string; body: Json; matches: (j: Json) => boolean } {
  const internal = documentType === 'N';
  const sender = p.role === 'sender';
  const type = internal ? (sender ? 'IA' : 'IM') : sender ? 'EA' : 'EM';
  const name = p.name.trim() || p.address.trim();
  const address = p.address.trim();
  const intern = internal ? href(record, 'arkivstruktur/ny-korrespondansepartintern/') : null;
  if (intern !== null) {
    return {
      href: intern,
      body: { korrespondanseparttype: { kode: type }, saksbehandler: name },
      matches: (j) => kodeOf(j['korrespondanseparttype']) === type && j['saksbehandler'] === name,
    };
  }
  return {
    href: requireHref(record, 'arkivstruktur/ny-korrespondansepartperson/'),
    body: {
      korrespondanseparttype: { kode: type },
      navn: name,
      ...(address !== '' ? { kontaktinformasjon: { epostadresse: address } } : {}),
    },
    matches: (j) => {
      const contact = j['kontaktinformasjon'] as Json | undefined;
      const mail = textOf(contact?.['epostadresse']);
      return (
        kodeOf(j['korrespondanseparttype']) === type &&
        j['navn'] === name &&
        (mail === null || mail.toLowerCase() === address.toLowerCase())
      );
    },
  };
}

/** A korrespondansepart for the sender and each recipient, journaled as "parties". */
export async function fileParties(
  ctx: FilingContext,
  r: FilingRequest,
  record: Step,
): Promise<void> {
  const api = ctx.api;
  const journal = ctx.journal;
  const entry = journal.get('parties');
  if (entry?.made !== undefined || r.parties.length === 0) return;
  const begun = isBegun(entry);
  const list = href(record.entity.json, 'arkivstruktur/korrespondansepart/');
  // Never begun on a record of this filing: there are none yet.
  const empty = record.fresh || (!begun && record.ours) || list === null;
  const known = empty ? [] : await api.list(list);
  if (!begun) await journal.note({ step: 'parties', key: { n: String(r.parties.length) } });
  const made: Json[] = [];
  for (const p of r.parties) {
    const wanted = plan(r.documentType, record.entity.json, p);
    if (made.some(wanted.matches)) continue;
    const hit = known.find(wanted.matches);
    if (hit) {
      made.push(hit);
      continue;
    }
    const { entity } = await api.ensure({
      known: empty,
      find: async () => {
        const found = list === null ? undefined : (await api.list(list)).find(wanted.matches);
        return found ? listed(found) : null;
      },
      create: () => api.create(wanted.href, wanted.body),
    });
    made.push(entity.json);
  }
  noteMade(journal, { step: 'parties', made: { id: String(made.length) } });
}
