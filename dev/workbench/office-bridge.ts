/**
 * Loaded by the add-in's own pages (taskpane.html, commands.html) inside the
 * workbench in place of Microsoft's office.js: it hands them the workbench's
 * emulated Office, so the real task pane and the real send handler run on
 * the same mailbox the workbench shows; a page in an Office dialog
 * (dialog.ts) gets the dialog's Office. Where the emulated Outlook supports
 * nested app authentication, it also puts Outlook's bridge on the page as
 * `window.nestedAppAuthBridge` (a bridge of the page's own), before the
 * add-in's scripts run, as Outlook does.
 */
interface Workbench {
  office(): unknown;
  dialogOffice?(): unknown;
  authBridge?(): unknown;
}

const bench = (window.parent as unknown as { ArkivpostWorkbench?: Workbench }).ArkivpostWorkbench;
if (bench) {
  const page = window as unknown as { Office: unknown; nestedAppAuthBridge?: unknown };
  // The page inside an Office dialog gets the dialog's Office (messageParent, no item).
  const inDialog = window.frameElement?.getAttribute('data-office-dialog') === 'true';
  page.Office = inDialog ? bench.dialogOffice?.() : bench.office();
  const bridge = bench.authBridge?.();
  if (bridge) page.nestedAppAuthBridge = bridge;
}
