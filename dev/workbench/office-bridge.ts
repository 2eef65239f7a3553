/**
 * Loaded by the add-in's own pages (taskpane.html, commands.html) inside the
 * workbench in place of Microsoft's office.js: it hands them the workbench's
 * emulated Office, so the real task pane and the real send handler run on
 * the same mailbox the workbench shows. Where the emulated Outlook supports
 * nested app authentication, it also puts Outlook's bridge on the page as
 * `window.nestedAppAuthBridge` (a bridge of the page's own), before the
 * add-in's scripts run, as Outlook does.
 */
interface Workbench {
  office(): unknown;
  authBridge?(): unknown;
}

const bench = (window.parent as unknown as { ArkivpostWorkbench?: Workbench }).ArkivpostWorkbench;
if (bench) {
  const page = window as unknown as { Office: unknown; nestedAppAuthBridge?: unknown };
  page.Office = bench.office();
  const bridge = bench.authBridge?.();
  if (bridge) page.nestedAppAuthBridge = bridge;
}
