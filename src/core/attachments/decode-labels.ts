/**
 * Charset labels (decode.ts): the WHATWG Encoding labels, the further names
 * mail and documents use, and Windows code page numbers, resolved to the
 * decoder that reads them. A label is read up to a bounded length.
 */

import { EBCDIC_DIFFS } from './charsets';

// ---------------------------------------------------------------------------
// Charset names

/** Every label of the WHATWG Encoding Standard, by the encoding it names. */
const WHATWG_LABELS: Readonly<Record<string, string>> = {
  'utf-8': 'unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8',
  ibm866: '866 cp866 csibm866 ibm866',
  'iso-8859-2':
    'csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2',
  'iso-8859-3':
    'csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3',
  'iso-8859-4':
    'csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4',
  'iso-8859-5':
    'csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 iso_8859-5:1988',
  'iso-8859-6':
    'arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 iso-8859-6-e ' +
    'iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987',
  'iso-8859-7':
    'csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 iso88597 ' +
    'iso_8859-7 iso_8859-7:1987 sun_eu_greek',
  'iso-8859-8':
    'csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 iso88598 ' +
    'iso_8859-8 iso_8859-8:1988 visual csiso88598i iso-8859-8-i logical',
  'iso-8859-10': 'csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6',
  'iso-8859-13': 'iso-8859-13 iso8859-13 iso885913',
  'iso-8859-14': 'iso-8859-14 iso8859-14 iso885914',
  'iso-8859-15': 'csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9',
  'iso-8859-16': 'iso-8859-16',
  'koi8-r': 'cskoi8r koi koi8 koi8-r koi8_r',
  'koi8-u': 'koi8-ru koi8-u',
  macintosh: 'csmacintosh mac macintosh x-mac-roman',
  'windows-874': 'dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874',
  'windows-1250': 'cp1250 windows-1250 x-cp1250',
  'windows-1251': 'cp1251 windows-1251 x-cp1251',
  'windows-1252':
    'ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 ' +
    'iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252',
  'windows-1253': 'cp1253 windows-1253 x-cp1253',
  'windows-1254':
    'cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 l5 ' +
    'latin5 windows-1254 x-cp1254',
  'windows-1255': 'cp1255 windows-1255 x-cp1255',
  'windows-1256': 'cp1256 windows-1256 x-cp1256',
  'windows-1257': 'cp1257 windows-1257 x-cp1257',
  'windows-1258': 'cp1258 windows-1258 x-cp1258',
  'x-mac-cyrillic': 'x-mac-cyrillic x-mac-ukrainian',
  gbk: 'chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk',
  gb18030: 'gb18030',
  big5: 'big5 big5-hkscs cn-big5 csbig5 x-x-big5',
  'euc-jp': 'cseucpkdfmtjapanese euc-jp x-euc-jp',
  'iso-2022-jp': 'csiso2022jp iso-2022-jp',
  shift_jis: 'csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis',
  'euc-kr':
    'cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 ' +
    'ksc_5601 windows-949',
  replacement: 'csiso2022kr hz-gb-2312 iso-2022-cn iso-2022-cn-ext iso-2022-kr replacement',
  'utf-16be': 'unicodefffe utf-16be',
  'utf-16le': 'csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16le',
  'utf-16': 'utf-16',
  'x-user-defined': 'x-user-defined',
};

/** Labels beyond WHATWG, already normalised (see `normalize`). */
const MORE_LABELS: Readonly<Record<string, string>> = {
  utf7: 'utf-7',
  unicode11utf7: 'utf-7',
  utf16: 'utf-16',
  ucs2le: 'utf-16le',
  ucs2be: 'utf-16be',
  iso88598i: 'iso-8859-8',
  iso88598e: 'iso-8859-8',
  shiftjis: 'shift_jis',
  windows31j: 'shift_jis',
  mskanji: 'shift_jis',
  eucjp: 'euc-jp',
  iso2022jp: 'iso-2022-jp',
  iso2022jp1: 'iso-2022-jp',
  iso2022jp2: 'iso-2022-jp',
  junet: 'iso-2022-jp',
  euckr: 'euc-kr',
  uhc: 'euc-kr',
  tis620: 'windows-874',
  ebcdic: 'ibm037',
  ebcdiccpus: 'ibm037',
  ebcdiccpca: 'ibm037',
  ebcdiccpnl: 'ibm037',
  ebcdiccpwt: 'ibm037',
  ebcdiccpdk: 'ibm277',
  ebcdiccpno: 'ibm277',
  ebcdiccpfi: 'ibm278',
  ebcdiccpse: 'ibm278',
  ebcdicsv: 'ibm278',
  ebcdiccpit: 'ibm280',
  ebcdiccpes: 'ibm284',
  ebcdiccpgb: 'ibm285',
  ebcdiccpfr: 'ibm297',
  ebcdiccpbe: 'ibm500',
  ebcdiccpch: 'ibm500',
  ebcdicinternational: 'ibm500',
  ebcdiccpis: 'ibm871',
  ebcdicdk277euro: 'ibm1142',
  ebcdicno277euro: 'ibm1142',
  ebcdicfi278euro: 'ibm1143',
  ebcdicse278euro: 'ibm1143',
  ebcdicus37euro: 'ibm1140',
  // Labels that say nothing: the bytes decide.
  unknown: 'auto',
  unknown8bit: 'auto',
  default: 'auto',
  '8bit': 'auto',
  '7bit': 'auto',
  binary: 'auto',
  ansi: 'auto',
};

/** Windows and IBM code page numbers (cp1252, windows-936, ibm277, ccsid00278...). */
const CODE_PAGES: Readonly<Record<string, string>> = {
  '437': 'ibm437',
  '850': 'ibm850',
  '865': 'ibm865',
  '866': 'ibm866',
  '874': 'windows-874',
  '932': 'shift_jis',
  '936': 'gbk',
  '949': 'euc-kr',
  '950': 'big5',
  '1200': 'utf-16le',
  '1201': 'utf-16be',
  '10000': 'macintosh',
  '10007': 'x-mac-cyrillic',
  '20127': 'windows-1252',
  '20866': 'koi8-r',
  '21866': 'koi8-u',
  '20932': 'euc-jp',
  '28591': 'windows-1252',
  '28592': 'iso-8859-2',
  '28593': 'iso-8859-3',
  '28594': 'iso-8859-4',
  '28595': 'iso-8859-5',
  '28596': 'iso-8859-6',
  '28597': 'iso-8859-7',
  '28598': 'iso-8859-8',
  '28599': 'windows-1254',
  '28600': 'iso-8859-10',
  '28603': 'iso-8859-13',
  '28604': 'iso-8859-14',
  '28605': 'iso-8859-15',
  '28606': 'iso-8859-16',
  '38598': 'iso-8859-8',
  '50220': 'iso-2022-jp',
  '50221': 'iso-2022-jp',
  '50222': 'iso-2022-jp',
  '51932': 'euc-jp',
  '51949': 'euc-kr',
  '54936': 'gb18030',
  '65000': 'utf-7',
  '65001': 'utf-8',
};

let labels: Map<string, string> | null = null;

/** Without an x-/cs prefix and without separators: "x-EUC_jp" → "eucjp". */
function normalize(label: string): string {
  let s = label;
  if (s.startsWith('x-ms-')) s = s.slice(5);
  else if (s.startsWith('x-')) s = s.slice(2);
  else if (s.startsWith('cs')) s = s.slice(2);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (c !== ' ' && c !== '.' && c !== '_' && c !== '-' && c !== '\t') out += c;
  }
  return out;
}

function labelMap(): Map<string, string> {
  if (labels) return labels;
  const m = new Map<string, string>();
  for (const [name, list] of Object.entries(WHATWG_LABELS)) {
    for (const label of list.split(' ')) {
      m.set(label, name);
      if (!m.has(normalize(label))) m.set(normalize(label), name);
    }
  }
  for (const [label, name] of Object.entries(MORE_LABELS)) m.set(label, name);
  labels = m;
  return m;
}

/** Charset names are short; anything longer is not one. */
const MAX_LABEL = 64;

/**
 * The charset a label names, by its canonical name ('utf-8', 'windows-1252',
 * 'iso-8859-2', 'ibm277', 'shift_jis', 'utf-7', ...; 'auto' for labels that
 * say nothing), or null for a label no one knows.
 */
export function resolveCharset(label: string): string | null {
  if (label.length > MAX_LABEL) return null;
  let cs = label.trim().toLowerCase();
  if (cs.length >= 2 && (cs.charAt(0) === '"' || cs.charAt(0) === "'")) cs = cs.slice(1, -1).trim();
  // RFC 2231 language suffix: utf-8*no
  const star = cs.indexOf('*');
  if (star >= 0) cs = cs.slice(0, star);
  if (cs === '') return 'auto';
  const map = labelMap();
  const direct = map.get(cs);
  if (direct !== undefined) return direct;
  const norm = normalize(cs);
  const byNorm = map.get(norm);
  if (byNorm !== undefined) return byNorm;
  let digits = '';
  for (const prefix of ['cp', 'windows', 'ms', 'ibm', 'ccsid', 'dos']) {
    if (norm.startsWith(prefix)) {
      digits = norm.slice(prefix.length);
      break;
    }
  }
  if (digits === '' && /^\d{3,5}$/.test(norm)) digits = norm;
  if (!/^\d{2,6}$/.test(digits)) return null;
  const page = String(Number(digits));
  const known = CODE_PAGES[page];
  if (known !== undefined) return known;
  if (page.length === 4 && page.startsWith('125')) return map.get('windows-' + page) ?? null;
  // Windows numbers the EBCDIC pages 20273, 20277...; IBM numbers them 273, 277...
  const ebcdic = page.length === 5 && page.startsWith('20') ? String(Number(page.slice(2))) : page;
  if (ebcdic === '37' || EBCDIC_DIFFS[ebcdic] !== undefined)
    return 'ibm' + (ebcdic.length < 3 ? ebcdic.padStart(3, '0') : ebcdic);
  return null;
}
