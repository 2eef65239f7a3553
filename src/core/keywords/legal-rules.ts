import type { Params } from '../model';
import type { KeywordCode } from './codes';
import {
  basisAfter,
  flRefAt,
  noChainFrom,
  noRefAt,
  noRefEndingWithLaw,
  seChainFrom,
  seRefAt,
  seRefEndingWithLaw,
} from './legal-basis';
import { windowAt, windowBefore } from './window';

/**
 * Markings written as legal references rather than words: "U.off. § 13",
 * "Offl. § 13 jf. fvl. § 13", "forvaltningsloven § 16", "OSL 26:1",
 * "sekretess enligt OSL 26 kap.", "25 § förvaltningslagen". Each handler is
 * called only when the scanner meets one of its trigger words.
 */
export interface HandlerHit {
  readonly code: KeywordCode;
  readonly start: number;
  readonly end: number;
  readonly params?: Params;
}

export interface Handler {
  readonly triggers: readonly string[];
  run(s: string, ws: number, we: number): HandlerHit | null;
}

const U_OFF = /(?:u\s*\.\s*off(?:entl|l)?|uoffl?)\.?(?![a-zæøå])/iy;

const uOff: Handler = {
  triggers: ['u', 'uoff', 'uoffl'],
  run(s, ws) {
    const w = windowAt(s, ws, 32);
    U_OFF.lastIndex = 0;
    if (!U_OFF.exec(w.text)) return null;
    const end = w.at(U_OFF.lastIndex);
    // "U.off. § 13": a bare section after the marking is offentleglova's.
    const basis = basisAfter(s, end, true);
    return basis
      ? {
          code: 'confidentiality.exempt',
          start: ws,
          end: basis.end,
          params: { basis: basis.basis },
        }
      : { code: 'confidentiality.exempt', start: ws, end };
  },
};

const norwegianLaw: Handler = {
  triggers: [
    'offl',
    'ofl',
    'offentlegl',
    'offentleglova',
    'offentleglov',
    'offentlighetsloven',
    'fvl',
    'forvaltningsloven',
    'forvaltningslova',
    'forvaltningslovens',
  ],
  run(s, ws) {
    const first = noRefAt(s, ws) ?? noRefEndingWithLaw(s, ws);
    if (!first) return null; // the law's name alone is a topic, not a marking
    const chain = noChainFrom(s, first);
    const params = { basis: chain.basis };
    if (first.law === 'offl') {
      return { code: 'confidentiality.exempt', start: chain.start, end: chain.end, params };
    }
    if (first.law === 'fvl') {
      // fvl. § 13 (taushetsplikt) is cited as the basis of an access code;
      // fvl. § 16 is the duty to give advance notice, in writing.
      if (/^13(?: [a-e])?$/.test(first.section)) {
        return { code: 'confidentiality.exempt', start: chain.start, end: chain.end, params };
      }
      if (first.section === '16') {
        return { code: 'legal-form.advance-notice', start: chain.start, end: chain.end, params };
      }
    }
    return null;
  },
};

const SE_INTRO = /(?:enligt|enl\.?|jfr\.?|jf\.?|jämlikt|under)\s*$/i;

const swedishLaw: Handler = {
  triggers: ['osl', 'sekretesslagen', 'sekretesslag', 'offentlighets'],
  run(s, ws) {
    let first = seRefAt(s, ws) ?? seRefEndingWithLaw(s, ws);
    // "enligt OSL" without a section is still a citation; a bare "OSL" may be
    // Oslo Airport.
    if (!first && SE_INTRO.test(windowBefore(s, ws, 12).text)) first = seRefAt(s, ws, true);
    if (!first) return null;
    const chain = seChainFrom(s, first);
    return {
      code: 'confidentiality.exempt',
      start: chain.start,
      end: chain.end,
      params: { basis: chain.basis },
    };
  },
};

const SEKRETESS_ENLIGT = /\s*(?:enligt|enl\.?|jfr\.?|jf\.?|jämlikt)\s*/iy;

const sekretessEnligt: Handler = {
  triggers: ['sekretess'],
  run(s, ws, we) {
    const w = windowAt(s, we, 32);
    SEKRETESS_ENLIGT.lastIndex = 0;
    if (!SEKRETESS_ENLIGT.exec(w.text)) return null;
    const at = w.at(SEKRETESS_ENLIGT.lastIndex);
    const first = seRefAt(s, at, true);
    if (!first) return null;
    const chain = seChainFrom(s, first);
    return {
      code: 'confidentiality.exempt',
      start: ws,
      end: chain.end,
      params: { basis: chain.basis },
    };
  },
};

const FL_BEFORE = /25\s*§\s*(?:(?:första|andra|tredje)\s+stycket\s*)?(?:i\s+)?$/i;
const FL_AFTER = /förvaltningslagen(?:\s*\(\d{4}:\d+\))?\s*25\s*§/iy;

const swedishAdvanceNotice: Handler = {
  triggers: ['förvaltningslagen', 'förvaltningslag', 'fl'],
  run(s, ws, we) {
    // 25 § förvaltningslagen: the duty to communicate material before a decision.
    const before = windowBefore(s, ws, 30);
    const m = FL_BEFORE.exec(before.text);
    const ref = m ? flRefAt(s, before.at(m.index)) : null;
    if (ref) {
      return {
        code: 'legal-form.advance-notice',
        start: ref.start,
        end: Math.max(ref.end, we),
        params: { basis: ref.text },
      };
    }
    const w = windowAt(s, ws, 64);
    FL_AFTER.lastIndex = 0;
    if (FL_AFTER.exec(w.text)) {
      return {
        code: 'legal-form.advance-notice',
        start: ws,
        end: w.at(FL_AFTER.lastIndex),
        params: { basis: '25 § förvaltningslagen' },
      };
    }
    return null;
  },
};

export const HANDLERS: readonly Handler[] = [
  uOff,
  norwegianLaw,
  swedishLaw,
  sekretessEnligt,
  swedishAdvanceNotice,
];
