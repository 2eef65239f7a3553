/**
 * Package metadata of an Office Open XML file (office.ts): sensitivity
 * labels (Microsoft Purview) and a draft content status.
 */

import { decodeEntities } from './decode';
import type { Collector } from './collector';
import { MarkupTokenizer } from './markup';
import type { Parts } from './office-parts';
import { elementText, isDraftWord } from './office-parts';

const GUID_LENGTH = 36;

function isGuid(s: string): boolean {
  if (s.length !== GUID_LENGTH) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const hex = (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x66);
    if (!hex && c !== 0x2d) return false;
  }
  return true;
}

export function addSensitivityLabels(parts: Parts, c: Collector): void {
  const labels = new Map<string, { name?: string; enabled: boolean }>();
  const meter = parts.meter;
  // docProps/custom.xml: MSIP_Label_<guid>_Name / _Enabled, written by Purview/AIP.
  const custom = parts.xml('docProps/custom.xml', 1024 * 1024);
  const t = new MarkupTokenizer(custom, false, meter);
  let current: { id: string; field: string; depth: number; text: string[] } | null = null;
  let depth = 0;
  const PREFIX = 'MSIP_Label_';
  for (let k = t.next(); k !== 'end'; k = t.next()) {
    if (k === 'open') {
      if (!t.selfClosing) depth++;
      if (t.local === 'property' && !t.selfClosing) {
        const name = t.attr('name') ?? '';
        const id = name.slice(PREFIX.length, PREFIX.length + GUID_LENGTH);
        const field = name.slice(PREFIX.length + GUID_LENGTH + 1);
        current =
          name.startsWith(PREFIX) && isGuid(id) && name.charAt(PREFIX.length + GUID_LENGTH) === '_'
            ? { id: id.toLowerCase(), field, depth, text: [] }
            : null;
      }
    } else if (k === 'close') {
      if (current && depth === current.depth) {
        const value = current.text.join('').trim();
        const label = labels.get(current.id) ?? { enabled: true };
        if (current.field === 'Name') label.name = value;
        if (current.field === 'Enabled') label.enabled = value.toLowerCase() === 'true';
        labels.set(current.id, label);
        current = null;
      }
      depth = Math.max(0, depth - 1);
    } else if (current && current.text.length < 64) {
      current.text.push(t.raw ? t.text() : decodeEntities(t.text(), meter));
    }
  }
  // docMetadata/LabelInfo.xml (Office 2022+): ids only.
  const info = parts.xml('docMetadata/LabelInfo.xml', 1024 * 1024);
  const li = new MarkupTokenizer(info, false, meter);
  for (let k = li.next(); k !== 'end'; k = li.next()) {
    if (k !== 'open' || li.local !== 'label') continue;
    let id = li.attr('id') ?? '';
    if (id.charAt(0) === '{' && id.charAt(id.length - 1) === '}') id = id.slice(1, -1);
    if (!isGuid(id)) continue;
    id = id.toLowerCase();
    const enabled = li.attr('enabled') !== '0' && li.attr('removed') !== '1';
    const label = labels.get(id);
    if (label) label.enabled = label.enabled && enabled;
    else labels.set(id, { enabled });
  }
  for (const [id, label] of labels) {
    if (!label.enabled) continue;
    c.markers.push(
      label.name
        ? { type: 'sensitivity-label', name: label.name, id }
        : { type: 'sensitivity-label', id },
    );
    c.add('attachment.sensitivity-label', { name: label.name ?? id });
  }
}

export function addContentStatus(parts: Parts, c: Collector): void {
  const core = parts.xml('docProps/core.xml', 1024 * 1024);
  const status = elementText(core, 'contentStatus', parts.meter);
  // "Utkast" (nb, nn, sv), "Kladd", "Draft": a status such as "Final" or "Test-Status" is not a draft.
  if (status && isDraftWord(status)) {
    c.markers.push({ type: 'content-status', value: status });
    c.add('attachment.draft.status', { value: status });
  }
}
