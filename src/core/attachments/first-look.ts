/**
 * The cheap look at an attachment that every check does for every
 * attachment before any deep inspection (the send check, the compose pane,
 * the read pane, `arkivpost check` and `classify`): its name, its content
 * type and its first bytes, judged by the attachment inspector's own tables,
 * so a file is judged alike whether or not there was time to read it. And
 * what deep inspection would cost, so the cheapest files are read first.
 */
import type { Params } from '../model';
import { analyzeName, riskParams } from './names';
import { SNIFFED_RISK, sniff } from './sniff';

/** What the cheap look needs of an attachment. */
export interface LookInput {
  readonly name: string;
  readonly contentType?: string;
  readonly bytes?: Uint8Array;
}

/** Content types that say "program" or "script" whatever the name. */
const CONTENT_TYPE_RISK: Readonly<Record<string, readonly [string, string]>> = {
  'application/x-msdownload': ['executable', 'EXE'],
  'application/x-msdos-program': ['executable', 'EXE'],
  'application/x-dosexec': ['executable', 'EXE'],
  'application/x-executable': ['executable', 'EXE'],
  'application/vnd.microsoft.portable-executable': ['executable', 'EXE'],
  'application/x-msi': ['executable', 'MSI'],
  'application/x-ms-installer': ['executable', 'MSI'],
  'application/java-archive': ['executable', 'JAR'],
  'application/hta': ['script', 'HTA'],
  'application/x-bat': ['script', 'BAT'],
  'application/x-sh': ['script', 'SH'],
  'application/x-powershell': ['script', 'PS1'],
  'text/vbscript': ['script', 'VBS'],
};

/**
 * The risks an attachment's name, content type and first bytes show: the
 * same `attachment.risky.*` codes deep inspection would give, each once.
 */
export function firstLook(att: LookInput): { code: string; params: Params }[] {
  const out: { code: string; params: Params }[] = [];
  const seen = new Set<string>();
  const add = (reason: string, params: Params): void => {
    const code = `attachment.risky.${reason}`;
    if (seen.has(code)) return;
    seen.add(code);
    out.push({ code, params });
  };
  const name = analyzeName(att.name);
  for (const reason of name.reasons) add(reason, riskParams(reason, name));
  const ct = (att.contentType ?? '').toLowerCase().split(';')[0]?.trim() ?? '';
  const byType = CONTENT_TYPE_RISK[ct];
  if (byType) add(byType[0], { type: byType[1] });
  const sniffed = att.bytes ? sniff(att.bytes) : null;
  const byBytes = sniffed ? SNIFFED_RISK[sniffed] : undefined;
  if (byBytes) add(byBytes.reason, { type: byBytes.type });
  return out;
}

/**
 * Deep inspection's cost, to inspect the cheapest first: its bytes, except
 * for what the first bytes already settle (programs, archives other than zip,
 * disk images and pictures are not read further): 0.
 */
export function deepCost(att: LookInput): number {
  const bytes = att.bytes;
  if (!bytes) return 0;
  const sniffed = sniff(bytes);
  if (sniffed === 'image' || (sniffed !== null && SNIFFED_RISK[sniffed])) return 0;
  return bytes.length;
}
