/**
 * Norway: which kind of exemption from public access a marking cites.
 * Offentleglova § 13 (opplysningar underlagde teieplikt, with fvl. § 13 the
 * duty it points to) is a duty to refuse access; §§ 14–26 say what "kan
 * unntakast": the organisation may choose. The send check's rule (encrypt
 * towards external recipients, R16) is the same for both; the finding says
 * which kind it is, so the user understands why.
 *
 * The basis is the legal reference the keyword detector found next to the
 * marking ("Offl. § 13 jf. fvl. § 13", "Offentleglova § 24 tredje ledd"),
 * however it was written there ("jf. offl § 13 første ledd", "U.off. §13").
 * It is read again with the same parser (keywords/legal-basis.ts): sticky
 * expressions over a bounded window, at most five references, so the cost
 * is bounded whatever the text.
 */
import { noChainFrom, noRefAt } from '../keywords/legal-basis';

export type ExemptionKind = 'duty' | 'discretionary';

const SECTION = /^(\d{1,3})(?: [a-h])?$/;

/** The kind of exemption a cited basis names, or null when it names neither (or no Norwegian law). */
export function exemptionKind(basis: string | number | undefined): ExemptionKind | null {
  if (typeof basis !== 'string') return null;
  const first = noRefAt(basis, 0, true);
  if (!first) return null;
  let discretionary = false;
  for (const ref of noChainFrom(basis, first).refs) {
    const m = SECTION.exec(ref.section);
    if (!m) continue;
    const n = Number(m[1]);
    if ((ref.law === 'offl' || ref.law === 'fvl') && ref.section === '13') return 'duty';
    if (ref.law === 'offl' && n >= 14 && n <= 26) discretionary = true;
  }
  return discretionary ? 'discretionary' : null;
}
