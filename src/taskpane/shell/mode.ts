import type { PaneMode } from './ports';

/**
 * Which pane to show. The item Outlook opened the pane on decides: a compose
 * item gets the compose pane, a read item the read pane, no item at all (a
 * pinned pane with nothing selected) the read pane. Only when the item's kind
 * cannot be told does the manifest's `taskpane.html?mode=` decide.
 */
export function paneMode(param: string | null, item: PaneMode | 'none' | null): PaneMode {
  if (item === 'none') return 'read';
  if (item !== null) return item;
  return param === 'read' ? 'read' : 'compose';
}
