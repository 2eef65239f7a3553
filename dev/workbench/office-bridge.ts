/**
 * Loaded by the add-in's own pages (taskpane.html, commands.html) inside the
 * workbench in place of Microsoft's office.js: it hands them the workbench's
 * emulated Office, so the real task pane and the real send handler run on
 * the same mailbox the workbench shows.
 */
interface Workbench {
  office(): unknown;
}

const bench = (window.parent as unknown as { ArkivpostWorkbench?: Workbench }).ArkivpostWorkbench;
if (bench) {
  (window as unknown as { Office: unknown }).Office = bench.office();
}
