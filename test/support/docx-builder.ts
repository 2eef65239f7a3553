/**
 * Minimal Office Open XML packages for tests, zipped with fflate. Each
 * builder writes only the parts a real file of that kind needs, plus what
 * the test asks for.
 */
import { strToU8, zipSync } from 'fflate';
import type { Zippable } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function escapeXml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** A paragraph of plain text. */
export function p(text: string): string {
  return `<w:p><w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

/** Inserted and deleted runs as Word writes them with Track Changes on. */
export function ins(text: string, id = 1): string {
  return `<w:ins w:id="${id}" w:author="Kari Nordmann" w:date="2024-03-01T10:00:00Z"><w:r><w:t>${escapeXml(text)}</w:t></w:r></w:ins>`;
}
export function del(text: string, id = 2): string {
  return `<w:del w:id="${id}" w:author="Kari Nordmann" w:date="2024-03-01T10:00:00Z"><w:r><w:delText>${escapeXml(text)}</w:delText></w:r></w:del>`;
}

export interface DocxParts {
  /** Inner XML of <w:body>. */
  readonly body?: string;
  /** Full XML of each header part (header1.xml, header2.xml, ...). */
  readonly headers?: readonly string[];
  readonly footers?: readonly string[];
  /** Inner XML of <w:comments>; omitted = no comments part. */
  readonly comments?: string;
  readonly footnotes?: string;
  /** cp:contentStatus in docProps/core.xml. */
  readonly contentStatus?: string;
  /** Inner XML of <Properties> in docProps/custom.xml. */
  readonly customProperties?: string;
  /** Full XML of docMetadata/LabelInfo.xml. */
  readonly labelInfo?: string;
  /** Adds word/vbaProject.bin and the macro-enabled content type (a .docm). */
  readonly macro?: boolean;
  /** Extra parts, by name. */
  readonly extra?: Readonly<Record<string, Uint8Array | string>>;
}

export function header(inner: string): string {
  return `${XML}<w:hdr xmlns:w="${W}" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">${inner}</w:hdr>`;
}

/** Word's "DRAFT"-style text watermark (VML text path in a header). */
export function vmlWatermark(text: string): string {
  return header(
    `<w:p><w:r><w:pict><v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e"><v:textpath on="t" fitshape="t"/></v:shapetype>` +
      `<v:shape id="PowerPlusWaterMarkObject357831064" o:spid="_x0000_s2049" type="#_x0000_t136" style="position:absolute;rotation:315" fillcolor="silver" stroked="f">` +
      `<v:textpath style="font-family:&quot;Calibri&quot;;font-size:1pt" string="${escapeXml(text)}"/></v:shape></w:pict></w:r></w:p>`,
  );
}

/** The same watermark as a DrawingML shape (newer Word versions). */
export function drawingWatermark(text: string): string {
  return header(
    `<w:p><w:r><w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:docPr id="1" name="PowerPlusWaterMarkObject1"/>` +
      `<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData><wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx><w:txbxContent>${p(text)}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic>` +
      `</wp:anchor></w:drawing></w:r></w:p>`,
  );
}

export function comment(id: number, text: string): string {
  return `<w:comment w:id="${id}" w:author="Ola Nordmann" w:date="2024-03-01T10:00:00Z" w:initials="ON">${p(text)}</w:comment>`;
}

export function buildDocx(parts: DocxParts = {}): Uint8Array {
  const headers = parts.headers ?? [];
  const footers = parts.footers ?? [];
  const overrides: string[] = [
    `<Override PartName="/word/document.xml" ContentType="application/vnd.${
      parts.macro
        ? 'ms-word.document.macroEnabled.main+xml'
        : 'openxmlformats-officedocument.wordprocessingml.document.main+xml'
    }"/>`,
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
  ];
  const files: Zippable = {};
  headers.forEach((xml, i) => {
    files[`word/header${i + 1}.xml`] = strToU8(xml);
    overrides.push(
      `<Override PartName="/word/header${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>`,
    );
  });
  footers.forEach((xml, i) => {
    files[`word/footer${i + 1}.xml`] = strToU8(xml);
  });
  if (parts.comments !== undefined) {
    files['word/comments.xml'] = strToU8(
      `${XML}<w:comments xmlns:w="${W}">${parts.comments}</w:comments>`,
    );
  }
  if (parts.footnotes !== undefined) {
    files['word/footnotes.xml'] = strToU8(
      `${XML}<w:footnotes xmlns:w="${W}">${parts.footnotes}</w:footnotes>`,
    );
  }
  if (parts.customProperties !== undefined) {
    files['docProps/custom.xml'] = strToU8(
      `${XML}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${parts.customProperties}</Properties>`,
    );
  }
  if (parts.labelInfo !== undefined) files['docMetadata/LabelInfo.xml'] = strToU8(parts.labelInfo);
  if (parts.macro) {
    files['word/vbaProject.bin'] = new Uint8Array([
      0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3,
    ]);
  }
  const status =
    parts.contentStatus === undefined
      ? ''
      : `<cp:contentStatus>${escapeXml(parts.contentStatus)}</cp:contentStatus>`;
  const all: Zippable = {
    '[Content_Types].xml': strToU8(
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`,
    ),
    '_rels/.rels': strToU8(
      `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
    ),
    'docProps/core.xml': strToU8(
      `${XML}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Vedtak</dc:title>${status}</cp:coreProperties>`,
    ),
    'word/document.xml': strToU8(
      `${XML}<w:document xmlns:w="${W}"><w:body>${parts.body ?? p('Vedtak om startlån.')}<w:sectPr/></w:body></w:document>`,
    ),
    ...files,
  };
  for (const [name, data] of Object.entries(parts.extra ?? {})) {
    all[name] = typeof data === 'string' ? strToU8(data) : data;
  }
  return zipSync(all, { level: 6 });
}

/** A spreadsheet with shared strings, one sheet, and optional comments or macros. */
export function buildXlsx(
  opts: {
    strings?: readonly string[];
    numbers?: readonly number[];
    comments?: number;
    macro?: boolean;
  } = {},
): Uint8Array {
  const strings = opts.strings ?? ['Navn'];
  const cells = strings.map((_s, i) => `<c r="A${i + 1}" t="s"><v>${i}</v></c>`).join('');
  const numbers = (opts.numbers ?? []).map((n, i) => `<c r="B${i + 1}"><v>${n}</v></c>`).join('');
  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.${
        opts.macro
          ? 'ms-excel.sheet.macroEnabled.main+xml'
          : 'openxmlformats-officedocument.spreadsheetml.sheet.main+xml'
      }"/></Types>`,
    ),
    'xl/workbook.xml': strToU8(
      `${XML}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Ark1" sheetId="1"/></sheets></workbook>`,
    ),
    'xl/sharedStrings.xml': strToU8(
      `${XML}<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${strings.map((s) => `<si><t>${escapeXml(s)}</t></si>`).join('')}</sst>`,
    ),
    'xl/worksheets/sheet1.xml': strToU8(
      `${XML}<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1">${cells}${numbers}</row></sheetData></worksheet>`,
    ),
  };
  if (opts.comments) {
    const list = Array.from(
      { length: opts.comments },
      (_x, i) =>
        `<comment ref="A${i + 1}" authorId="0"><text><r><t>Sjekk dette</t></r></text></comment>`,
    );
    files['xl/comments1.xml'] = strToU8(
      `${XML}<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Kari</author></authors><commentList>${list.join('')}</commentList></comments>`,
    );
  }
  if (opts.macro) files['xl/vbaProject.bin'] = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]);
  return zipSync(files);
}

/** A presentation with slide texts and optional comments. */
export function buildPptx(
  opts: { slides?: readonly string[]; comments?: number } = {},
): Uint8Array {
  const files: Zippable = {
    '[Content_Types].xml': strToU8(
      `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/ppt/presentation.xml" ContentType="application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"/></Types>`,
    ),
    'ppt/presentation.xml': strToU8(
      `${XML}<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>`,
    ),
  };
  (opts.slides ?? ['Budsjett 2025']).forEach((text, i) => {
    files[`ppt/slides/slide${i + 1}.xml`] = strToU8(
      `${XML}<p:sld xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><p:cSld><p:spTree><p:sp><p:txBody><a:p><a:r><a:t>${escapeXml(text)}</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:sld>`,
    );
  });
  if (opts.comments) {
    const list = Array.from(
      { length: opts.comments },
      (_x, i) =>
        `<p:cm authorId="0" idx="${i + 1}"><p:pos x="10" y="10"/><p:text>Hva med tallene?</p:text></p:cm>`,
    );
    files['ppt/comments/comment1.xml'] = strToU8(
      `${XML}<p:cmLst xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main">${list.join('')}</p:cmLst>`,
    );
  }
  return zipSync(files);
}

/**
 * Raw deflate data that inflates to `size` zero bytes (rounded up to a
 * multiple of 258), built directly with fixed Huffman codes: one literal 0,
 * then "repeat 258 bytes at distance 1" over and over. A gigabyte costs a
 * few megabytes and milliseconds to make; the ratio is about 159:1.
 */
export function deflatedZeros(size: number): Uint8Array {
  const repeats = Math.max(0, Math.ceil((size - 1) / 258));
  const out = new Uint8Array(Math.ceil((3 + 8 + repeats * 13 + 7) / 8) + 1);
  let bit = 0;
  const put = (value: number, n: number): void => {
    for (let i = 0; i < n; i++) {
      if ((value >> i) & 1) out[bit >> 3] = (out[bit >> 3] as number) | (1 << (bit & 7));
      bit++;
    }
  };
  // Huffman codes are stored most significant bit first.
  const code = (value: number, n: number): void => {
    let r = 0;
    for (let i = 0; i < n; i++) r |= ((value >> i) & 1) << (n - 1 - i);
    put(r, n);
  };
  put(1, 1); // BFINAL
  put(1, 2); // fixed Huffman
  code(0x30, 8); // literal 0
  for (let i = 0; i < repeats; i++) {
    code(0xc5, 8); // length 258
    code(0, 5); // distance 1
  }
  code(0, 7); // end of block
  return out.subarray(0, (bit + 7) >> 3);
}

function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < data.length; i++) {
    c ^= data[i] as number;
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ 0xedb88320 : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}

export interface RawEntry {
  readonly name: string;
  /** The bytes stored for the entry (already deflated when method is 8). */
  readonly data: Uint8Array;
  /** 0 stored, 8 deflated, 99 AES-encrypted. */
  readonly method?: number;
  /** The uncompressed size the headers claim. */
  readonly size: number;
  /** General purpose flags; bit 0 marks the entry encrypted. */
  readonly flags?: number;
  readonly crc?: number;
}

/** A zip written byte by byte, so tests can make headers say what they like. */
export function rawZip(
  entries: readonly RawEntry[],
  opts: { centralDirectory?: boolean } = {},
): Uint8Array {
  const chunks: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const le = (n: number, bytes: number): number[] =>
    Array.from({ length: bytes }, (_x, i) => (n >>> (8 * i)) & 0xff);
  for (const e of entries) {
    const name = strToU8(e.name);
    const method = e.method ?? 8;
    const crc = e.crc ?? crc32(e.data.subarray(0, 1024));
    const common = [
      ...le(20, 2),
      ...le(e.flags ?? 0x800, 2),
      ...le(method, 2),
      0,
      0,
      0x21,
      0,
      ...le(crc, 4),
      ...le(e.data.length, 4),
      ...le(e.size, 4),
      ...le(name.length, 2),
      0,
      0,
    ];
    const local = new Uint8Array([0x50, 0x4b, 3, 4, ...common]);
    chunks.push(local, name, e.data);
    central.push(
      new Uint8Array([
        0x50,
        0x4b,
        1,
        2,
        20,
        0,
        ...common,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        ...le(offset, 4),
      ]),
      name,
    );
    offset += local.length + name.length + e.data.length;
  }
  if (opts.centralDirectory !== false) {
    const cdSize = central.reduce((n, c) => n + c.length, 0);
    chunks.push(...central);
    chunks.push(
      new Uint8Array([
        0x50,
        0x4b,
        5,
        6,
        0,
        0,
        0,
        0,
        ...le(entries.length, 2),
        ...le(entries.length, 2),
        ...le(cdSize, 4),
        ...le(offset, 4),
        0,
        0,
      ]),
    );
  }
  const total = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** A stream of a compound file, by name; "a/b" is stream b in storage a. */
export interface CfbStream {
  readonly name: string;
  readonly data: Uint8Array;
}

/**
 * An OLE compound file (version 3, 512-byte sectors) holding the given
 * streams under its root: streams of 4 KB and more in regular sectors, the
 * others in the mini stream, as Office writes them.
 */
export function buildCfb(streams: readonly CfbStream[]): Uint8Array {
  const SECTOR = 512;
  const MINI = 64;
  const END = 0xfffffffe;
  const FREE = 0xffffffff;
  const big = streams.filter((s) => s.data.length >= 4096);
  const small = streams.filter((s) => s.data.length < 4096);
  const sectorsFor = (n: number, size: number): number => Math.ceil(n / size);
  // Mini stream: each small stream padded to 64 bytes.
  const miniStarts: number[] = [];
  let miniSectors = 0;
  for (const s of small) {
    miniStarts.push(miniSectors);
    miniSectors += Math.max(1, sectorsFor(s.data.length, MINI));
  }
  const miniStreamBytes = miniSectors * MINI;
  // Directory nodes: the root, storages for the folders in stream names, streams.
  const nodes: Array<{ name: string; parent: number; stream?: CfbStream }> = [
    { name: 'Root Entry', parent: -1 },
  ];
  const storages = new Map<string, number>([['', 0]]);
  for (const st of streams) {
    const parts = st.name.split('/');
    let parent = 0;
    for (let i = 0; i < parts.length - 1; i++) {
      const path = parts.slice(0, i + 1).join('/');
      let id = storages.get(path);
      if (id === undefined) {
        id = nodes.length;
        nodes.push({ name: parts[i] as string, parent });
        storages.set(path, id);
      }
      parent = id;
    }
    nodes.push({ name: parts[parts.length - 1] as string, parent, stream: st });
  }
  const dirSectors = sectorsFor(nodes.length * 128, SECTOR);
  const bigSectors = big.map((s) => sectorsFor(s.data.length, SECTOR));
  const miniStreamSectors = sectorsFor(miniStreamBytes, SECTOR);
  const miniFatSectors = sectorsFor(miniSectors * 4, SECTOR);
  let dataSectors =
    dirSectors + bigSectors.reduce((a, b) => a + b, 0) + miniStreamSectors + miniFatSectors;
  let fatSectors = 1;
  while (fatSectors * 128 < dataSectors + fatSectors) fatSectors++;
  dataSectors += fatSectors;
  if (fatSectors > 109) throw new Error('buildCfb: too large');
  const fat = new Uint32Array(fatSectors * 128).fill(FREE);
  let next = 0;
  const chain = (count: number): number => {
    const start = next;
    for (let i = 0; i < count; i++) fat[next + i] = i === count - 1 ? END : next + i + 1;
    next += count;
    return count > 0 ? start : END;
  };
  for (let i = 0; i < fatSectors; i++) fat[next++] = 0xfffffffd;
  const dirStart = chain(dirSectors);
  const bigStarts = bigSectors.map((n) => chain(n));
  const miniStreamStart = chain(miniStreamSectors);
  const miniFatStart = chain(miniFatSectors);
  const out = new Uint8Array(SECTOR * (1 + dataSectors));
  const view = new DataView(out.buffer);
  const at = (sector: number): number => (sector + 1) * SECTOR;
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(0x18, 0x3e, true);
  view.setUint16(0x1a, 3, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true);
  view.setUint16(0x20, 6, true);
  view.setUint32(0x2c, fatSectors, true);
  view.setUint32(0x30, dirStart, true);
  view.setUint32(0x38, 4096, true);
  view.setUint32(0x3c, miniFatSectors > 0 ? miniFatStart : END, true);
  view.setUint32(0x40, miniFatSectors, true);
  view.setUint32(0x44, END, true);
  for (let i = 0; i < 109; i++) view.setUint32(0x4c + i * 4, i < fatSectors ? i : FREE, true);
  fat.forEach((v, i) => view.setUint32(at(Math.floor(i / 128)) + (i % 128) * 4, v, true));
  // Directory: each storage's children as a chain of right siblings.
  const entry = (
    index: number,
    name: string,
    type: number,
    start: number,
    size: number,
    child: number,
    right: number,
  ): void => {
    const e = at(dirStart) + index * 128;
    for (let i = 0; i < name.length; i++) view.setUint16(e + i * 2, name.charCodeAt(i), true);
    view.setUint16(e + 0x40, (name.length + 1) * 2, true);
    out[e + 0x42] = type;
    out[e + 0x43] = 1;
    view.setUint32(e + 0x44, FREE, true);
    view.setUint32(e + 0x48, right, true);
    view.setUint32(e + 0x4c, child, true);
    view.setUint32(e + 0x74, start, true);
    view.setUint32(e + 0x78, size, true);
  };
  const childrenOf = (id: number): number[] =>
    nodes.map((n, i) => (n.parent === id ? i : -1)).filter((i) => i >= 0);
  const rightOf = (id: number): number => {
    const siblings = childrenOf((nodes[id] as (typeof nodes)[number]).parent);
    const k = siblings.indexOf(id);
    return k >= 0 && k + 1 < siblings.length ? (siblings[k + 1] as number) : FREE;
  };
  const firstChild = (id: number): number => childrenOf(id)[0] ?? FREE;
  entry(0, 'Root Entry', 5, miniStreamStart, miniStreamBytes, firstChild(0), FREE);
  const miniStream = new Uint8Array(miniStreamBytes);
  const miniFat = new Uint32Array(miniSectors).fill(FREE);
  nodes.forEach((node, id) => {
    if (id === 0) return;
    const s = node.stream;
    if (!s) {
      entry(id, node.name, 1, 0, 0, firstChild(id), rightOf(id));
      return;
    }
    const b = big.indexOf(s);
    if (b >= 0) {
      entry(id, node.name, 2, bigStarts[b] as number, s.data.length, FREE, rightOf(id));
      out.set(s.data, at(bigStarts[b] as number));
    } else {
      const k = small.indexOf(s);
      const start = miniStarts[k] as number;
      const count = Math.max(1, sectorsFor(s.data.length, MINI));
      for (let j = 0; j < count; j++) miniFat[start + j] = j === count - 1 ? END : start + j + 1;
      miniStream.set(s.data, start * MINI);
      entry(id, node.name, 2, start, s.data.length, FREE, rightOf(id));
    }
  });
  if (miniStreamSectors > 0) out.set(miniStream, at(miniStreamStart));
  miniFat.forEach((v, i) => view.setUint32(at(miniFatStart) + i * 4, v, true));
  return out;
}

/** The "\x01Ole10Native" stream of an OLE Package object carrying a file. */
export function ole10Native(
  label: string,
  data: Uint8Array,
  sourcePath = `C:\\Temp\\${label}`,
): Uint8Array {
  const enc = (s: string): number[] => [...Array.from(s, (ch) => ch.charCodeAt(0) & 0xff), 0];
  const temp = `C:\\Users\\kari\\AppData\\Local\\Temp\\${label}`;
  const u32 = (n: number): number[] => [
    n & 0xff,
    (n >> 8) & 0xff,
    (n >> 16) & 0xff,
    (n >>> 24) & 0xff,
  ];
  const body = [
    2,
    0,
    ...enc(label),
    ...enc(sourcePath),
    0,
    0,
    3,
    0,
    ...u32(enc(temp).length),
    ...enc(temp),
    ...u32(data.length),
  ];
  const out = new Uint8Array(4 + body.length + data.length);
  out.set(u32(body.length + data.length));
  out.set(body, 4);
  out.set(data, 4 + body.length);
  return out;
}

/** An embedded object as Word stores it: a compound file with an OLE Package in it. */
export function packageObject(label: string, data: Uint8Array): Uint8Array {
  return buildCfb([
    { name: '\u0001CompObj', data: new Uint8Array(76) },
    { name: '\u0001Ole10Native', data: ole10Native(label, data) },
  ]);
}

/** A Windows program header: "MZ", binary fields, and "PE\0\0" where e_lfanew points. */
export function peFile(size = 256): Uint8Array {
  const b = new Uint8Array(size);
  b.set([0x4d, 0x5a, 0x90, 0x00, 0x03]);
  b[0x3c] = 0x80;
  b.set([0x50, 0x45, 0x00, 0x00], 0x80);
  return b;
}

function utf16leBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2 + 2);
  for (let i = 0; i < s.length; i++) {
    out[i * 2] = s.charCodeAt(i) & 0xff;
    out[i * 2 + 1] = s.charCodeAt(i) >> 8;
  }
  return out;
}

/** "__properties_version1.0": a header, then 16-byte fixed-size properties (tag, flags, value). */
function msgProperties(
  header: number,
  props: ReadonlyArray<readonly [number, number]>,
): Uint8Array {
  const out = new Uint8Array(header + props.length * 16);
  const view = new DataView(out.buffer);
  props.forEach(([tag, value], i) => {
    view.setUint32(header + i * 16, tag, true);
    view.setUint32(header + i * 16 + 4, 6, true);
    view.setUint32(header + i * 16 + 8, value, true);
  });
  return out;
}

export interface MsgParts {
  readonly subject?: string;
  /** Plain-text body (PR_BODY, UTF-16). */
  readonly body?: string;
  /** HTML body (PR_HTML, bytes in the item's code page), used when there is no plain body. */
  readonly html?: string;
  /** Only a compressed RTF body. */
  readonly rtfOnly?: boolean;
  readonly attachments?: ReadonlyArray<
    | { readonly name: string; readonly data: Uint8Array }
    | { readonly name: string; readonly message: MsgParts }
  >;
}

function msgStreams(m: MsgParts, prefix: string, header: number): CfbStream[] {
  const out: CfbStream[] = [
    {
      name: `${prefix}__properties_version1.0`,
      data: msgProperties(header, [[0x3fde0003, 65001]]),
    },
  ];
  if (m.subject !== undefined)
    out.push({ name: `${prefix}__substg1.0_0037001F`, data: utf16leBytes(m.subject) });
  if (m.body !== undefined)
    out.push({ name: `${prefix}__substg1.0_1000001F`, data: utf16leBytes(m.body) });
  if (m.html !== undefined)
    out.push({ name: `${prefix}__substg1.0_10130102`, data: strToU8(m.html) });
  if (m.rtfOnly) out.push({ name: `${prefix}__substg1.0_10090102`, data: new Uint8Array(40) });
  (m.attachments ?? []).forEach((a, i) => {
    const dir = `${prefix}__attach_version1.0_#${i.toString(16).toUpperCase().padStart(8, '0')}/`;
    const method = 'message' in a ? 5 : 1;
    out.push({
      name: `${dir}__properties_version1.0`,
      data: msgProperties(8, [[0x37050003, method]]),
    });
    out.push({ name: `${dir}__substg1.0_3707001F`, data: utf16leBytes(a.name) });
    if ('message' in a) out.push(...msgStreams(a.message, `${dir}__substg1.0_3701000D/`, 24));
    else out.push({ name: `${dir}__substg1.0_37010102`, data: a.data });
  });
  return out;
}

/** An Outlook item (.msg) as Outlook writes one when a message is dragged out of it. */
export function buildMsg(m: MsgParts): Uint8Array {
  return buildCfb(msgStreams(m, '', 32));
}

/**
 * A Word 97–2003 document (.doc) with the text in one piece, 8-bit
 * ("compressed") or UTF-16: the FIB, a table stream with the piece table,
 * and the text. `flags` are the FIB's (0x0100 marks it encrypted).
 */
export function buildDoc(text: string, opts: { wide?: boolean; flags?: number } = {}): Uint8Array {
  const TEXT_AT = 1024;
  const word = new Uint8Array(TEXT_AT + text.length * 2 + 16);
  const view = new DataView(word.buffer);
  view.setUint16(0, 0xa5ec, true);
  view.setUint16(0x0a, 0x0200 | (opts.flags ?? 0), true);
  view.setUint16(32, 14, true);
  view.setUint16(62, 22, true);
  view.setUint16(152, 93, true);
  const table = new Uint8Array(64);
  const tv = new DataView(table.buffer);
  view.setUint32(154 + 33 * 8, 0, true);
  view.setUint32(154 + 33 * 8 + 4, 21, true);
  table[0] = 0x02;
  tv.setUint32(1, 16, true);
  tv.setUint32(5, 0, true);
  tv.setUint32(9, text.length, true);
  tv.setUint16(13, 0, true);
  tv.setUint32(15, opts.wide ? TEXT_AT : (TEXT_AT * 2) | 0x40000000, true);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (opts.wide) view.setUint16(TEXT_AT + i * 2, c, true);
    else word[TEXT_AT + i] = c & 0xff;
  }
  return buildCfb([
    { name: 'WordDocument', data: word },
    { name: '1Table', data: table },
  ]);
}

/** BIFF8 records: type, length, data. */
function biff(type: number, data: readonly number[]): number[] {
  return [type & 0xff, type >> 8, data.length & 0xff, data.length >> 8, ...data];
}

/**
 * An Excel 97–2003 workbook (.xls) with shared strings (the last one split
 * over a CONTINUE record), a number cell and a label cell.
 */
export function buildXls(strings: readonly string[], numbers: readonly number[]): Uint8Array {
  const u16 = (n: number): number[] => [n & 0xff, (n >> 8) & 0xff];
  const u32 = (n: number): number[] => [...u16(n & 0xffff), ...u16(n >>> 16)];
  const str = (s: string): number[] => [
    ...u16(s.length),
    0,
    ...Array.from(s, (c) => c.charCodeAt(0)),
  ];
  const all = strings.map(str);
  const last = all.pop() ?? [];
  // The last string is cut in two: its second half in a CONTINUE record, with a flags byte.
  const half = 3 + Math.floor((last.length - 3) / 2);
  const sst = [
    ...u32(strings.length),
    ...u32(strings.length),
    ...all.flat(),
    ...last.slice(0, half),
  ];
  const records = [
    ...biff(0x0809, [0, 6, 0x10, 0, 0, 0, 0, 0]),
    ...biff(0x00fc, sst),
    ...biff(0x003c, [0, ...last.slice(half)]),
    ...numbers.flatMap((n, i) => {
      const d = new DataView(new ArrayBuffer(8));
      d.setFloat64(0, n, true);
      return biff(0x0203, [...u16(i), 0, 0, 0, 0, ...Array.from(new Uint8Array(d.buffer))]);
    }),
    ...biff(0x000a, []),
  ];
  return buildCfb([{ name: 'Workbook', data: Uint8Array.from(records) }]);
}
