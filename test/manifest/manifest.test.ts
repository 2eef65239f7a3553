/**
 * manifest.xml, checked offline: the element order the add-in only manifest
 * schema requires, resource references, translations, the send event and its
 * handler names, one https origin for every URL, the icon files, and the
 * script that moves the manifest to another origin.
 * (`office-addin-manifest validate` needs the internet; this does not.)
 *
 * Each rule is a function that returns a list of problems. The real manifest
 * must give none; the last block breaks copies of it on purpose to show that
 * every rule notices.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import type { Document, Element } from '@xmldom/xmldom';

const ROOT = join(__dirname, '..', '..');
const MANIFEST = join(ROOT, 'manifest.xml');
const ASSETS = join(ROOT, 'assets');
const RUNTIME_DIR = join(ROOT, 'src', 'runtime');
const HOST_SCRIPT = join(ROOT, 'scripts', 'manifest-host.mjs');
const DEV_ORIGIN = 'https://localhost:3000';

const NS = {
  app: 'http://schemas.microsoft.com/office/appforoffice/1.1',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  bt: 'http://schemas.microsoft.com/office/officeappbasictypes/1.0',
  vo10: 'http://schemas.microsoft.com/office/mailappversionoverrides',
  vo11: 'http://schemas.microsoft.com/office/mailappversionoverrides/1.1',
} as const;

const LOCALES = ['nn-NO', 'sv-SE', 'en-US'] as const;
const MAILBOX_MIN = '1.12';
const COMPOSE_PANE_ID = 'ArkivpostComposePane';
/** What src/runtime is to associate (Office.actions.associate) until it exists. */
const EXPECTED_HANDLERS = ['onMessageSendHandler', 'onComposeChangedHandler'];

// ---------------------------------------------------------------- DOM helpers

/** Parses strictly: any warning or error from the parser fails. */
function parse(xml: string): Document {
  return new DOMParser({
    onError: (level, msg) => {
      throw new Error(`not well-formed XML (${level}): ${msg}`);
    },
  }).parseFromString(xml, 'text/xml');
}

function root(doc: Document): Element {
  const el = doc.documentElement;
  if (!el) throw new Error('the document has no root element');
  return el;
}

function kids(el: Element): Element[] {
  return Array.from(el.children);
}

/** Every element named `name` (local name) at or below `el`, in document order. */
function all(el: Element, name?: string): Element[] {
  const found = [el, ...Array.from(el.getElementsByTagName('*'))];
  return name === undefined ? found : found.filter((e) => e.localName === name);
}

function xsiType(el: Element): string {
  return el.getAttributeNS(NS.xsi, 'type') ?? '';
}

function attr(el: Element, name: string): string {
  return el.getAttribute(name) ?? '';
}

function text(el: Element | undefined): string {
  return (el?.textContent ?? '').trim();
}

function child(el: Element, name: string): Element | undefined {
  return kids(el).find((e) => e.localName === name);
}

function versionOverrides(doc: Document): { outer?: Element; inner?: Element } {
  const outer = kids(root(doc)).find((e) => e.localName === 'VersionOverrides');
  const inner = outer ? kids(outer).find((e) => e.localName === 'VersionOverrides') : undefined;
  return { ...(outer ? { outer } : {}), ...(inner ? { inner } : {}) };
}

// ---------------------------------------------------------------- element order

/**
 * A schema sequence: each entry is a local name with `?` (optional), `+` (one
 * or more), `*` (any number) or nothing (exactly once). Children must appear
 * in this order.
 */
function sequenceProblems(parent: Element, spec: readonly string[], where: string): string[] {
  const slots = spec.map((s) => {
    const m = /^(\w+)([?+*]?)$/.exec(s);
    if (!m) throw new Error(`bad sequence entry ${s}`);
    const mark = m[2] ?? '';
    return { name: m[1] ?? '', required: mark === '' || mark === '+', many: /[+*]/.test(mark) };
  });
  const counts = slots.map(() => 0);
  const problems: string[] = [];
  let at = 0;
  for (const el of kids(parent)) {
    const name = el.localName ?? '';
    let j = at;
    while (j < slots.length && slots[j]?.name !== name) j++;
    const slot = slots[j];
    if (!slot) {
      problems.push(
        slots.some((s) => s.name === name)
          ? `${where}: <${name}> is out of order (the schema wants ${slots.map((s) => s.name).join(', ')})`
          : `${where}: <${name}> is not allowed here`,
      );
      continue;
    }
    at = j;
    counts[j] = (counts[j] ?? 0) + 1;
    if (!slot.many && (counts[j] ?? 0) > 1) problems.push(`${where}: <${name}> appears twice`);
  }
  slots.forEach((s, k) => {
    if (s.required && counts[k] === 0) problems.push(`${where}: <${s.name}> is missing`);
  });
  return problems;
}

/**
 * Top level of an OfficeApp of xsi:type MailApp, in the order of Microsoft's
 * "How to find the proper order of manifest elements" (basic mail add-in
 * element ordering). Entries this add-in must have are marked required even
 * where the schema allows leaving them out.
 */
const MAILAPP_ORDER = [
  'Id',
  'AlternateId?',
  'Version',
  'ProviderName',
  'DefaultLocale',
  'DisplayName',
  'Description',
  'IconUrl',
  'HighResolutionIconUrl',
  'SupportUrl',
  'AppDomains?',
  'Hosts',
  'Requirements',
  'FormSettings',
  'Permissions',
  'Rule',
  'DisableEntityHighlighting?',
  'VersionOverrides',
] as const;

const ORDER_RULES: Array<{
  where: string;
  find: (doc: Document) => Element[];
  spec: readonly string[];
}> = [
  { where: 'OfficeApp (MailApp)', find: (d) => [root(d)], spec: MAILAPP_ORDER },
  {
    where: 'VersionOverrides 1.0',
    find: (d) => [versionOverrides(d).outer].filter((e): e is Element => !!e),
    spec: ['Description?', 'Requirements?', 'Hosts?', 'Resources?', 'VersionOverrides'],
  },
  {
    where: 'VersionOverrides 1.1',
    find: (d) => [versionOverrides(d).inner].filter((e): e is Element => !!e),
    spec: [
      'Description?',
      'Requirements?',
      'Hosts',
      'Resources',
      'WebApplicationInfo?',
      'EquivalentAddins?',
      'ConnectedServiceControls?',
      'ExtendedPermissions?',
    ],
  },
  {
    where: 'MailHost',
    find: (d) => all(root(d), 'Host').filter((e) => xsiType(e) === 'MailHost'),
    spec: ['Runtimes?', 'DesktopFormFactor', 'MobileFormFactor?'],
  },
  {
    where: 'DesktopFormFactor',
    find: (d) => all(root(d), 'DesktopFormFactor'),
    spec: ['SupportsSharedFolders?', 'FunctionFile?', 'ExtensionPoint+'],
  },
  {
    where: 'command surface',
    find: (d) => all(root(d), 'ExtensionPoint').filter((e) => /CommandSurface$/.test(xsiType(e))),
    spec: ['OfficeTab*', 'CustomTab*'],
  },
  {
    where: 'LaunchEvent extension point',
    find: (d) => all(root(d), 'ExtensionPoint').filter((e) => xsiType(e) === 'LaunchEvent'),
    spec: ['LaunchEvents', 'SourceLocation'],
  },
  { where: 'Group', find: (d) => all(root(d), 'Group'), spec: ['Label', 'Control+'] },
  {
    where: 'button',
    find: (d) => all(root(d), 'Control').filter((e) => xsiType(e) === 'Button'),
    spec: ['Label', 'Supertip', 'Icon', 'Action'],
  },
  { where: 'Supertip', find: (d) => all(root(d), 'Supertip'), spec: ['Title', 'Description'] },
  {
    where: 'ShowTaskpane action',
    find: (d) => all(root(d), 'Action').filter((e) => xsiType(e) === 'ShowTaskpane'),
    spec: ['SourceLocation', 'SupportsPinning?', 'SupportsNoItemContext?', 'SupportsMultiSelect?'],
  },
  {
    where: 'Resources',
    find: (d) => all(root(d), 'Resources'),
    spec: ['Images?', 'Urls?', 'ShortStrings?', 'LongStrings?'],
  },
];

function orderProblems(doc: Document): string[] {
  return ORDER_RULES.flatMap((rule) =>
    rule.find(doc).flatMap((el) => sequenceProblems(el, rule.spec, rule.where)),
  );
}

// ---------------------------------------------------------------- namespaces

function rootProblems(doc: Document): string[] {
  const problems: string[] = [];
  const el = root(doc);
  if (el.localName !== 'OfficeApp' || el.namespaceURI !== NS.app) {
    problems.push(`the root is {${el.namespaceURI}}${el.localName}, not OfficeApp in ${NS.app}`);
  }
  if (xsiType(el) !== 'MailApp')
    problems.push(`OfficeApp xsi:type is "${xsiType(el)}", not MailApp`);
  if (el.lookupNamespaceURI('bt') !== NS.bt) problems.push(`prefix bt is not bound to ${NS.bt}`);
  const { outer, inner } = versionOverrides(doc);
  if (!outer || outer.namespaceURI !== NS.vo10 || xsiType(outer) !== 'VersionOverridesV1_0') {
    problems.push(`the outer VersionOverrides must be VersionOverridesV1_0 in ${NS.vo10}`);
  }
  if (!inner || inner.namespaceURI !== NS.vo11 || xsiType(inner) !== 'VersionOverridesV1_1') {
    problems.push(`the inner VersionOverrides must be VersionOverridesV1_1 in ${NS.vo11}`);
  }
  return problems;
}

// ---------------------------------------------------------------- resources

type ResourceKind = 'Images' | 'Urls' | 'ShortStrings' | 'LongStrings';
const KINDS: readonly ResourceKind[] = ['Images', 'Urls', 'ShortStrings', 'LongStrings'];

/** Which kind of resource an element's resid must name. */
const RESID_KIND: Record<string, ResourceKind> = {
  Image: 'Images',
  Label: 'ShortStrings',
  Title: 'ShortStrings',
  Description: 'LongStrings',
  Tooltip: 'LongStrings',
  SourceLocation: 'Urls',
  FunctionFile: 'Urls',
  Runtime: 'Urls',
  Override: 'Urls',
  LearnMoreUrl: 'Urls',
};

const MAX_RESID = 32;

interface Resource {
  id: string;
  kind: ResourceKind;
  el: Element;
}

function resources(doc: Document): Resource[] {
  return all(root(doc), 'Resources').flatMap((res) =>
    kids(res).flatMap((group) => {
      const kind = KINDS.find((k) => k === group.localName);
      return kind ? kids(group).map((el) => ({ id: attr(el, 'id'), kind, el })) : [];
    }),
  );
}

function residProblems(doc: Document): string[] {
  const problems: string[] = [];
  const byId = new Map<string, Resource>();
  for (const r of resources(doc)) {
    if (byId.has(r.id)) problems.push(`resource id "${r.id}" is defined twice`);
    byId.set(r.id, r);
    if (r.id.length > MAX_RESID) {
      problems.push(`resource id "${r.id}" is longer than ${MAX_RESID} characters`);
    }
  }
  const used = new Set<string>();
  for (const el of all(root(doc)).filter((e) => e.hasAttribute('resid'))) {
    const resid = attr(el, 'resid');
    const where = `<${el.localName} resid="${resid}">`;
    used.add(resid);
    if (resid.length > MAX_RESID)
      problems.push(`${where}: resid longer than ${MAX_RESID} characters`);
    const want = RESID_KIND[el.localName ?? ''];
    const found = byId.get(resid);
    if (!want) problems.push(`${where}: no rule for which resource kind this element names`);
    else if (!found) problems.push(`${where}: dangling resid, no such resource`);
    else if (found.kind !== want) {
      problems.push(`${where}: names a ${found.kind} resource, needs ${want}`);
    }
  }
  for (const id of byId.keys()) {
    if (!used.has(id)) problems.push(`resource "${id}" is never used`);
  }
  return problems;
}

// ---------------------------------------------------------------- translations

const MAX_LENGTH = { short: 125, long: 250 } as const;

/** Strings users see, with their default value and translations. */
function localisedStrings(doc: Document): Array<{ name: string; el: Element; max: number }> {
  const top = kids(root(doc));
  const pick = (name: string, max: number) =>
    top.filter((e) => e.localName === name).map((el) => ({ name, el, max }));
  const res = resources(doc)
    .filter((r) => r.kind === 'ShortStrings' || r.kind === 'LongStrings')
    .map((r) => ({
      name: `${r.kind} "${r.id}"`,
      el: r.el,
      max: r.kind === 'ShortStrings' ? MAX_LENGTH.short : MAX_LENGTH.long,
    }));
  return [
    ...pick('DisplayName', MAX_LENGTH.short),
    ...pick('Description', MAX_LENGTH.long),
    ...res,
  ];
}

function localeProblems(doc: Document): string[] {
  const problems: string[] = [];
  const defaultLocale = text(child(root(doc), 'DefaultLocale'));
  if (defaultLocale !== 'nb-NO') problems.push(`DefaultLocale is "${defaultLocale}", not nb-NO`);
  for (const { name, el, max } of localisedStrings(doc)) {
    const values = [attr(el, 'DefaultValue')];
    const overrides = kids(el).filter((e) => e.localName === 'Override');
    for (const locale of LOCALES) {
      const n = overrides.filter((o) => attr(o, 'Locale') === locale).length;
      if (n !== 1) problems.push(`${name}: ${n} Override elements for ${locale}, want 1`);
    }
    for (const o of overrides) {
      const locale = attr(o, 'Locale');
      if (!(LOCALES as readonly string[]).includes(locale)) {
        problems.push(`${name}: Override for unexpected locale "${locale}"`);
      }
      values.push(attr(o, 'Value'));
    }
    for (const v of values) {
      if (v.trim() === '') problems.push(`${name}: an empty text`);
      if (v.length > max) problems.push(`${name}: "${v.slice(0, 30)}…" is over ${max} characters`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------- events and handlers

/** Handler names in `Office.actions.associate('name', …)` calls. */
function associatedNames(source: string): string[] {
  const re = /\bOffice\s*\.\s*actions\s*\.\s*associate\s*\(\s*(['"`])([A-Za-z_$][\w$]*)\1/g;
  return Array.from(source.matchAll(re), (m) => m[2] ?? '');
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.d\.ts$/.test(name) ? [path] : [];
  });
}

/**
 * What src/runtime associates; until that folder exists, the names it is
 * being written with.
 */
function runtimeHandlers(): { names: Set<string>; from: string } {
  if (!existsSync(RUNTIME_DIR)) return { names: new Set(EXPECTED_HANDLERS), from: 'expected' };
  const names = sourceFiles(RUNTIME_DIR).flatMap((f) => associatedNames(readFileSync(f, 'utf8')));
  return { names: new Set(names), from: 'src/runtime' };
}

const LAUNCH_EVENTS: ReadonlyArray<{ type: string; handler: string; sendMode?: string }> = [
  { type: 'OnMessageSend', handler: 'onMessageSendHandler', sendMode: 'SoftBlock' },
  { type: 'OnMessageRecipientsChanged', handler: 'onComposeChangedHandler' },
  { type: 'OnMessageAttachmentsChanged', handler: 'onComposeChangedHandler' },
  { type: 'OnMessageFromChanged', handler: 'onComposeChangedHandler' },
];

function eventProblems(doc: Document, handlers: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const events = all(root(doc), 'LaunchEvent');
  for (const want of LAUNCH_EVENTS) {
    const found = events.filter((e) => attr(e, 'Type') === want.type);
    if (found.length !== 1) {
      problems.push(`${found.length} LaunchEvent elements of Type ${want.type}, want 1`);
      continue;
    }
    const [ev] = found;
    if (ev && attr(ev, 'FunctionName') !== want.handler) {
      problems.push(`${want.type} calls ${attr(ev, 'FunctionName')}, want ${want.handler}`);
    }
    if (ev && want.sendMode && attr(ev, 'SendMode') !== want.sendMode) {
      problems.push(`${want.type} has SendMode "${attr(ev, 'SendMode')}", want ${want.sendMode}`);
    }
  }
  for (const ev of events) {
    const fn = attr(ev, 'FunctionName');
    if (!handlers.has(fn)) {
      problems.push(
        `LaunchEvent ${attr(ev, 'Type')} calls ${fn}, which src/runtime does not associate`,
      );
    }
  }
  // The launch events run in the Runtime; both must name the same page.
  const runtimes = all(root(doc), 'Runtime').map((r) => attr(r, 'resid'));
  if (runtimes.length !== 1) problems.push(`${runtimes.length} Runtime elements, want 1`);
  for (const ep of all(root(doc), 'ExtensionPoint').filter((e) => xsiType(e) === 'LaunchEvent')) {
    const loc = attr(child(ep, 'SourceLocation') ?? ep, 'resid');
    if (!runtimes.includes(loc)) problems.push(`the launch events load ${loc}, not the Runtime`);
  }
  for (const r of all(root(doc), 'Runtime')) {
    const js = kids(r).filter(
      (o) => o.localName === 'Override' && attr(o, 'type') === 'javascript',
    );
    if (js.length !== 1)
      problems.push('the Runtime has no JavaScript-only Override for classic Outlook');
  }
  return problems;
}

// ---------------------------------------------------------------- URLs and icons

/** Every absolute URL in an attribute value or element text (namespace declarations aside). */
function urls(doc: Document): string[] {
  const found: string[] = [];
  const isUrl = (v: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(v.trim());
  for (const el of all(root(doc))) {
    for (const a of Array.from(el.attributes)) {
      if (a.name === 'xmlns' || a.name.startsWith('xmlns:')) continue;
      if (isUrl(a.value)) found.push(a.value.trim());
    }
    if (el.children.length === 0 && isUrl(text(el))) found.push(text(el));
  }
  return found;
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return 'not a URL';
  }
}

function urlProblems(doc: Document): string[] {
  const list = urls(doc);
  const problems = list
    .filter((u) => !u.toLowerCase().startsWith('https://'))
    .map((u) => `${u} is not https`);
  const origins = new Set(list.map(originOf));
  if (origins.size !== 1)
    problems.push(`URLs on ${origins.size} origins: ${[...origins].join(', ')}`);
  return problems;
}

/** Width and height from a PNG's IHDR chunk, or why the file is not a PNG. */
function pngSize(bytes: Uint8Array): { width: number; height: number } | string {
  const sig = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || sig.some((b, i) => bytes[i] !== b)) return 'not a PNG file';
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (String.fromCharCode(...bytes.subarray(12, 16)) !== 'IHDR') return 'no IHDR chunk first';
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** Each image URL with the pixel sizes the manifest uses it at. */
function imageUses(doc: Document): Map<string, Set<number>> {
  const uses = new Map<string, Set<number>>();
  const add = (url: string, size: number) => uses.set(url, (uses.get(url) ?? new Set()).add(size));
  const top = kids(root(doc));
  for (const [name, size] of [
    ['IconUrl', 64],
    ['HighResolutionIconUrl', 128],
  ] as const) {
    const el = top.find((e) => e.localName === name);
    if (el) add(attr(el, 'DefaultValue'), size);
  }
  const images = new Map(
    resources(doc)
      .filter((r) => r.kind === 'Images')
      .map((r) => [r.id, attr(r.el, 'DefaultValue')]),
  );
  for (const icon of all(root(doc), 'Icon')) {
    for (const img of kids(icon)) {
      const url = images.get(attr(img, 'resid'));
      if (url) add(url, Number(attr(img, 'size')));
    }
  }
  return uses;
}

/** Icon sizes Outlook requires on every button (others are optional). */
const REQUIRED_ICON_SIZES = [16, 32, 80];

function imageProblems(doc: Document): string[] {
  const problems: string[] = [];
  for (const icon of all(root(doc), 'Icon')) {
    const sizes = kids(icon).map((img) => Number(attr(img, 'size')));
    for (const s of REQUIRED_ICON_SIZES) {
      if (!sizes.includes(s)) problems.push(`a button icon has no ${s} px image`);
    }
  }
  for (const [url, sizes] of imageUses(doc)) {
    if (sizes.size !== 1) {
      problems.push(`${url} is used at several sizes: ${[...sizes].join(', ')}`);
      continue;
    }
    const [size] = [...sizes];
    let path: string;
    try {
      path = decodeURIComponent(new URL(url).pathname);
    } catch {
      problems.push(`${url} is not a URL`);
      continue;
    }
    const file = join(ROOT, ...path.split('/').filter(Boolean));
    if (!path.startsWith('/assets/') || !existsSync(file)) {
      problems.push(`${url}: no file ${path.replace(/^\//, '')} in the repository`);
      continue;
    }
    const got = pngSize(readFileSync(file));
    if (typeof got === 'string') problems.push(`${path}: ${got}`);
    else if (got.width !== size || got.height !== size) {
      problems.push(`${path} is ${got.width}×${got.height}, used as ${size}×${size}`);
    }
  }
  return problems;
}

// ---------------------------------------------------------------- settings and buttons

function mailboxVersions(doc: Document): string[] {
  return all(root(doc), 'Set')
    .filter((s) => attr(s, 'Name') === 'Mailbox')
    .map((s) => {
      const parent = s.parentNode as Element | null;
      return attr(s, 'MinVersion') || (parent ? attr(parent, 'DefaultMinVersion') : '') || '1.1';
    });
}

function settingsProblems(doc: Document): string[] {
  const problems: string[] = [];
  const top = root(doc);
  if (
    !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text(child(top, 'Id')))
  ) {
    problems.push(`Id "${text(child(top, 'Id'))}" is not a GUID`);
  }
  const expect = { Version: '1.0.0.0', ProviderName: 'Arkivpost', Permissions: 'ReadWriteItem' };
  for (const [name, want] of Object.entries(expect)) {
    const got = text(child(top, name));
    if (got !== want) problems.push(`${name} is "${got}", want ${want}`);
  }
  const shared = all(top, 'SupportsSharedFolders');
  if (shared.length !== 1 || text(shared[0]) !== 'true') {
    problems.push('DesktopFormFactor does not declare SupportsSharedFolders true');
  }
  const versions = mailboxVersions(doc);
  if (versions.length < 2)
    problems.push('Mailbox is not required both at the top and in VersionOverrides 1.1');
  for (const v of versions) {
    if (v !== MAILBOX_MIN) problems.push(`Mailbox ${v} is required, want ${MAILBOX_MIN}`);
  }
  return problems;
}

function opensPane(url: string, mode: string): boolean {
  try {
    const u = new URL(url);
    return u.pathname === '/taskpane.html' && u.searchParams.get('mode') === mode;
  } catch {
    return false;
  }
}

function buttonProblems(doc: Document): string[] {
  const problems: string[] = [];
  const urlOf = new Map(
    resources(doc)
      .filter((r) => r.kind === 'Urls')
      .map((r) => [r.id, attr(r.el, 'DefaultValue')]),
  );
  const ids = [...all(root(doc), 'Control'), ...all(root(doc), 'Group')].map((e) => attr(e, 'id'));
  for (const id of new Set(ids)) {
    if (ids.filter((x) => x === id).length > 1)
      problems.push(`control or group id ${id} is used twice`);
  }
  const surfaces = [
    { type: 'MessageReadCommandSurface', mode: 'read' },
    { type: 'MessageComposeCommandSurface', mode: 'compose', id: COMPOSE_PANE_ID },
  ];
  for (const s of surfaces) {
    const points = all(root(doc), 'ExtensionPoint').filter((e) => xsiType(e) === s.type);
    const buttons = points.flatMap((p) => all(p, 'Control')).filter((c) => xsiType(c) === 'Button');
    const pane = buttons.find((b) => !s.id || attr(b, 'id') === s.id);
    if (!pane) {
      problems.push(`${s.type} has no button${s.id ? ` with id ${s.id}` : ''}`);
      continue;
    }
    const action = child(pane, 'Action');
    const loc = action ? child(action, 'SourceLocation') : undefined;
    const url = urlOf.get(loc ? attr(loc, 'resid') : '') ?? '';
    if (!action || xsiType(action) !== 'ShowTaskpane' || !opensPane(url, s.mode)) {
      problems.push(
        `${s.type} button does not open taskpane.html?mode=${s.mode} (it opens "${url}")`,
      );
    }
  }
  return problems;
}

// ---------------------------------------------------------------- the manifest as it is

const SOURCE = readFileSync(MANIFEST, 'utf8');
const HANDLERS = runtimeHandlers();

function load(): Document {
  return parse(SOURCE);
}

const RULES: ReadonlyArray<[string, (doc: Document) => string[]]> = [
  ['the root is a MailApp OfficeApp with the Outlook namespaces', rootProblems],
  ['elements come in the order the schema requires', orderProblems],
  ['every resid names a resource of the right kind, ids unique and short', residProblems],
  ['every user-visible text is in nb, nn, sv and en, within the length limits', localeProblems],
  [
    `the launch events call handlers that ${HANDLERS.from} associates, send in SoftBlock`,
    (d) => eventProblems(d, HANDLERS.names),
  ],
  ['all URLs are https on one origin', urlProblems],
  ['every image exists in assets/ at the size it is used', imageProblems],
  ['shared folders, ReadWriteItem and Mailbox 1.12 are declared', settingsProblems],
  ['the read and compose buttons open their task panes', buttonProblems],
];

describe('manifest.xml', () => {
  it('is well-formed XML', () => {
    expect(() => load()).not.toThrow();
  });

  it.each(RULES)('%s', (_name, rule) => {
    expect(rule(load())).toEqual([]);
  });

  it('uses the development origin https://localhost:3000 for every URL', () => {
    const list = urls(load());
    expect(list.length).toBeGreaterThan(10);
    expect(list.filter((u) => originOf(u) !== DEV_ORIGIN)).toEqual([]);
  });

  it('gives the compose button the id the send check opens (commandId)', () => {
    const compose = all(root(load()), 'ExtensionPoint').filter(
      (e) => xsiType(e) === 'MessageComposeCommandSurface',
    );
    const ids = compose.flatMap((e) => all(e, 'Control')).map((c) => attr(c, 'id'));
    expect(ids).toContain(COMPOSE_PANE_ID);
  });

  it('finds the handler names in src/runtime when that folder exists', () => {
    if (HANDLERS.from !== 'src/runtime') {
      // Not written yet: the manifest is then checked against EXPECTED_HANDLERS.
      expect(existsSync(RUNTIME_DIR)).toBe(false);
      return;
    }
    expect([...HANDLERS.names].sort()).toEqual(
      expect.arrayContaining([...EXPECTED_HANDLERS].sort()),
    );
  });
});

describe('reading handler names and PNG sizes', () => {
  it.each([
    ["Office.actions.associate('onMessageSendHandler', onSend);", ['onMessageSendHandler']],
    ['Office.actions.associate("a", f);\nOffice\n  .actions.associate(\n  `b`, g)', ['a', 'b']],
    ['// Office.actions.associate(name, f) with a variable is not a name', []],
    ['Office.actions.associate(\'mismatched", f)', []],
  ])('reads associate names from %j', (source, names) => {
    expect(associatedNames(source)).toEqual(names);
  });

  it('reads the size of a PNG and refuses other files', () => {
    expect(pngSize(readFileSync(join(ASSETS, 'icon-80.png')))).toEqual({ width: 80, height: 80 });
    expect(pngSize(new TextEncoder().encode('GIF89a and more bytes after it..'))).toBe(
      'not a PNG file',
    );
  });
});

// ---------------------------------------------------------------- broken copies

interface Breakage {
  what: string;
  rule: (doc: Document) => string[];
  breakIt: (doc: Document) => void;
  reported: RegExp;
}

function find(doc: Document, name: string, pred: (e: Element) => boolean = () => true): Element {
  const el = all(root(doc), name).find(pred);
  if (!el) throw new Error(`no <${name}> to break`);
  return el;
}

function byId(id: string) {
  return (e: Element) => attr(e, 'id') === id;
}

function byResid(resid: string) {
  return (e: Element) => attr(e, 'resid') === resid;
}

function moveBefore(doc: Document, name: string, before: string): void {
  const top = root(doc);
  const el = find(doc, name, (e) => e.parentNode === top);
  const ref = find(doc, before, (e) => e.parentNode === top);
  top.insertBefore(el, ref);
}

const events = (d: Document) => eventProblems(d, HANDLERS.names);

const BREAKAGES: Breakage[] = [
  {
    what: 'a dangling resid',
    rule: residProblems,
    breakIt: (d) => find(d, 'Label', byResid('Read.Label')).setAttribute('resid', 'Read.Labl'),
    reported: /Read\.Labl.*dangling/,
  },
  {
    what: 'a button label that names a URL',
    rule: residProblems,
    breakIt: (d) =>
      find(d, 'Label', byResid('Compose.Label')).setAttribute('resid', 'Runtime.Js.Url'),
    reported: /names a Urls resource, needs ShortStrings/,
  },
  {
    what: 'a tooltip that names a short string',
    rule: residProblems,
    breakIt: (d) => find(d, 'Description', byResid('Read.Tip')).setAttribute('resid', 'Read.Title'),
    reported: /needs LongStrings/,
  },
  {
    what: 'a resource id used twice',
    rule: residProblems,
    breakIt: (d) => find(d, 'Image', byId('Icon.20')).setAttribute('id', 'Icon.16'),
    reported: /"Icon\.16" is defined twice/,
  },
  {
    what: 'a resid of 33 characters',
    rule: residProblems,
    breakIt: (d) => {
      const long = 'Taskpane.Compose.Url.Is.Too.Long!';
      find(d, 'Url', byId('Taskpane.Compose.Url')).setAttribute('id', long);
      find(d, 'SourceLocation', byResid('Taskpane.Compose.Url')).setAttribute('resid', long);
    },
    reported: /longer than 32 characters/,
  },
  {
    what: 'a resource nothing uses',
    rule: residProblems,
    breakIt: (d) =>
      find(d, 'Description', byResid('Read.Tip')).setAttribute('resid', 'Compose.Tip'),
    reported: /"Read\.Tip" is never used/,
  },
  {
    what: 'Permissions before FormSettings',
    rule: orderProblems,
    breakIt: (d) => moveBefore(d, 'Permissions', 'FormSettings'),
    reported: /OfficeApp \(MailApp\): <FormSettings> is out of order/,
  },
  {
    what: 'Requirements before Hosts at the top',
    rule: orderProblems,
    breakIt: (d) => moveBefore(d, 'Requirements', 'Hosts'),
    reported: /<Hosts> is out of order/,
  },
  {
    what: 'Resources before Hosts in VersionOverrides 1.1',
    rule: orderProblems,
    breakIt: (d) => {
      const { inner } = versionOverrides(d);
      const res = inner && child(inner, 'Resources');
      const hosts = inner && child(inner, 'Hosts');
      if (!inner || !res || !hosts) throw new Error('no VersionOverrides 1.1 to break');
      inner.insertBefore(res, hosts);
    },
    reported: /VersionOverrides 1\.1: <Hosts> is out of order/,
  },
  {
    what: 'SupportsSharedFolders after the extension points',
    rule: orderProblems,
    breakIt: (d) => {
      const el = find(d, 'SupportsSharedFolders');
      el.parentNode?.appendChild(el);
    },
    reported: /DesktopFormFactor: <SupportsSharedFolders> is out of order/,
  },
  {
    what: 'an element the schema does not know',
    rule: orderProblems,
    breakIt: (d) => root(d).insertBefore(d.createElementNS(NS.app, 'Colour'), find(d, 'Version')),
    reported: /<Colour> is not allowed here/,
  },
  {
    what: 'a missing Swedish override',
    rule: localeProblems,
    breakIt: (d) => {
      const s = find(d, 'String', byId('Read.Label'));
      const sv = kids(s).find((o) => attr(o, 'Locale') === 'sv-SE');
      if (sv) s.removeChild(sv);
    },
    reported: /"Read\.Label": 0 Override elements for sv-SE/,
  },
  {
    what: 'a display name without nynorsk',
    rule: localeProblems,
    breakIt: (d) => {
      const n = find(d, 'DisplayName');
      const nn = kids(n).find((o) => attr(o, 'Locale') === 'nn-NO');
      if (nn) n.removeChild(nn);
    },
    reported: /DisplayName: 0 Override elements for nn-NO/,
  },
  {
    what: 'a label over 125 characters',
    rule: localeProblems,
    breakIt: (d) =>
      find(d, 'String', byId('Compose.Label')).setAttribute('DefaultValue', 'x'.repeat(126)),
    reported: /over 125 characters/,
  },
  {
    what: 'a misspelt locale',
    rule: localeProblems,
    breakIt: (d) =>
      find(d, 'Override', (o) => attr(o, 'Locale') === 'sv-SE').setAttribute('Locale', 'se-SE'),
    reported: /unexpected locale "se-SE"/,
  },
  {
    what: 'SendMode Block',
    rule: events,
    breakIt: (d) =>
      find(d, 'LaunchEvent', (e) => attr(e, 'Type') === 'OnMessageSend').setAttribute(
        'SendMode',
        'Block',
      ),
    reported: /OnMessageSend has SendMode "Block", want SoftBlock/,
  },
  {
    what: 'a handler name the runtime does not associate',
    rule: events,
    breakIt: (d) =>
      find(d, 'LaunchEvent', (e) => attr(e, 'Type') === 'OnMessageFromChanged').setAttribute(
        'FunctionName',
        'onFromChanged',
      ),
    reported: /calls onFromChanged, which src\/runtime does not associate/,
  },
  {
    what: 'launch events that load another page than the Runtime',
    rule: events,
    breakIt: (d) =>
      find(d, 'SourceLocation', (e) => e.parentNode?.nodeName === 'ExtensionPoint').setAttribute(
        'resid',
        'Taskpane.Read.Url',
      ),
    reported: /the launch events load Taskpane\.Read\.Url, not the Runtime/,
  },
  {
    what: 'a plain http URL',
    rule: urlProblems,
    breakIt: (d) =>
      find(d, 'Url', byId('Runtime.Js.Url')).setAttribute(
        'DefaultValue',
        'http://localhost:3000/runtime.js',
      ),
    reported: /http:\/\/localhost:3000\/runtime\.js is not https/,
  },
  {
    what: 'a URL on another host',
    rule: urlProblems,
    breakIt: (d) =>
      find(d, 'SupportUrl').setAttribute('DefaultValue', 'https://www.example.com/help'),
    reported: /URLs on 2 origins/,
  },
  {
    what: 'an icon of the wrong size',
    rule: imageProblems,
    breakIt: (d) => {
      for (const img of all(root(d), 'Image').filter(byResid('Icon.16')))
        img.setAttribute('size', '20');
    },
    reported: /icon-16\.png is 16×16, used as 20×20/,
  },
  {
    what: 'an icon file that is not there',
    rule: imageProblems,
    breakIt: (d) =>
      find(d, 'HighResolutionIconUrl').setAttribute(
        'DefaultValue',
        `${DEV_ORIGIN}/assets/icon-256.png`,
      ),
    reported: /no file assets\/icon-256\.png/,
  },
  {
    what: 'a button without its 80 px icon',
    rule: imageProblems,
    breakIt: (d) => {
      const img = find(d, 'Image', (e) => attr(e, 'size') === '80');
      img.parentNode?.removeChild(img);
    },
    reported: /no 80 px image/,
  },
  {
    what: 'SupportsSharedFolders false',
    rule: settingsProblems,
    breakIt: (d) => {
      find(d, 'SupportsSharedFolders').textContent = 'false';
    },
    reported: /SupportsSharedFolders true/,
  },
  {
    what: 'Mailbox 1.14 required',
    rule: settingsProblems,
    breakIt: (d) =>
      find(d, 'Sets', (e) => e.hasAttribute('DefaultMinVersion')).setAttribute(
        'DefaultMinVersion',
        '1.14',
      ),
    reported: /Mailbox 1\.14 is required, want 1\.12/,
  },
  {
    what: 'ReadWriteMailbox permission',
    rule: settingsProblems,
    breakIt: (d) => {
      find(d, 'Permissions').textContent = 'ReadWriteMailbox';
    },
    reported: /Permissions is "ReadWriteMailbox"/,
  },
  {
    what: 'a renamed compose button',
    rule: buttonProblems,
    breakIt: (d) =>
      find(d, 'Control', byId(COMPOSE_PANE_ID)).setAttribute('id', 'ArkivpostCompose'),
    reported: /MessageComposeCommandSurface has no button with id ArkivpostComposePane/,
  },
  {
    what: 'the read button opening the compose pane',
    rule: buttonProblems,
    breakIt: (d) =>
      find(d, 'SourceLocation', byResid('Taskpane.Read.Url')).setAttribute(
        'resid',
        'Taskpane.Compose.Url',
      ),
    reported: /MessageReadCommandSurface button does not open taskpane\.html\?mode=read/,
  },
  {
    what: 'the wrong xsi:type on the root',
    rule: rootProblems,
    breakIt: (d) => root(d).setAttributeNS(NS.xsi, 'xsi:type', 'TaskPaneApp'),
    reported: /not MailApp/,
  },
];

describe('a broken copy of manifest.xml is reported', () => {
  it.each(BREAKAGES.map((b) => [b.what, b] as const))('%s', (_what, b) => {
    const doc = load();
    expect(b.rule(doc)).toEqual([]);
    b.breakIt(doc);
    const problems = b.rule(doc);
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(b.reported)]));
  });

  it.each([
    ['an unclosed element', (x: string) => x.replace('</Permissions>', '')],
    ['an unbound prefix', (x: string) => x.replace('<bt:Images>', '<bx:Images>')],
    ['text after the root', (x: string) => `${x}<OfficeApp/>`],
  ])('%s is not well-formed', (_what, breakIt) => {
    expect(() => parse(breakIt(SOURCE))).toThrow(/not well-formed XML/);
  });
});

// ---------------------------------------------------------------- the host script

describe('scripts/manifest-host.mjs', () => {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'arkivpost-manifest-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  function run(...args: string[]) {
    return spawnSync(process.execPath, [HOST_SCRIPT, ...args], { encoding: 'utf8' });
  }

  it('moves every URL to the given origin and changes nothing else', () => {
    const out = join(dir, 'manifest.xml');
    const r = run('https://addin.example.no', out);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const written = readFileSync(out, 'utf8');
    expect(written).toBe(SOURCE.split(DEV_ORIGIN).join('https://addin.example.no'));
    expect(written).not.toMatch(/localhost/);
    const doc = parse(written);
    const list = urls(doc);
    expect(list).toHaveLength(urls(load()).length);
    expect(new Set(list.map(originOf))).toEqual(new Set(['https://addin.example.no']));
    expect(urlProblems(doc)).toEqual([]);
  });

  it('keeps a port and drops a trailing slash', () => {
    const out = join(dir, 'port.xml');
    expect(run('https://Addin.Example.no:8443/', out).status).toBe(0);
    expect(new Set(urls(parse(readFileSync(out, 'utf8'))).map(originOf))).toEqual(
      new Set(['https://addin.example.no:8443']),
    );
  });

  it.each([
    ['plain http', 'http://addin.example.no', /requires https/],
    ['a path', 'https://addin.example.no/arkivpost', /without a path/],
    ['a query', 'https://addin.example.no?x=1', /without a query/],
    ['a user name', 'https://user@addin.example.no', /no user name/],
    ['not a URL', 'addin.example.no', /not a URL/],
  ])('refuses %s', (_what, origin, message) => {
    const out = join(dir, 'refused.xml');
    const r = run(origin, out);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(existsSync(out)).toBe(false);
  });

  it('explains its usage when given no origin', () => {
    const r = run();
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage: node scripts\/manifest-host\.mjs/);
  });
});
