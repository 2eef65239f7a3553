// The Content-Security-Policy header of the pages the workbench serves
// (dev/server.mjs). Each page carries its own policy in a <meta http-equiv>,
// the same wherever the add-in is hosted; the header repeats it and adds
// frame-ancestors, which a <meta> cannot set. docs/admin.md says how to set
// the same header on the organisation's own web server.

/**
 * Where Outlook hosts the add-in's pages in a frame: Outlook on the web and
 * new Outlook (outlook.office.com, outlook.office365.com, outlook.live.com,
 * outlook.cloud.microsoft) and Office's other hosts. The workbench frames
 * them from its own origin ('self'). Classic Outlook and Outlook for Mac
 * show the pane as a top-level page, where this does not apply.
 */
export const FRAME_ANCESTORS = [
  "'self'",
  'https://*.office.com',
  'https://*.office365.com',
  'https://*.microsoft.com',
  'https://*.cloud.microsoft',
  'https://outlook.live.com',
];

/** For a page without a policy of its own. */
const DEFAULT_POLICY = "default-src 'self'; object-src 'none'; base-uri 'none'";

/**
 * The Content-Security-Policy header for an HTML page: the policy the page
 * carries in its <meta http-equiv> (the same in any host), plus what only a
 * header can say: which pages may frame it. The workbench itself is framed
 * by nobody but itself.
 */
export function policyHeader(html, { workbench = false } = {}) {
  const at = html.indexOf('http-equiv="Content-Security-Policy"');
  let policy = DEFAULT_POLICY;
  if (at >= 0) {
    const open = html.indexOf('content="', at);
    const close = open < 0 ? -1 : html.indexOf('"', open + 9);
    if (close > open) policy = html.slice(open + 9, close);
  }
  const ancestors = workbench ? "'self'" : FRAME_ANCESTORS.join(' ');
  return `${policy}; frame-ancestors ${ancestors}`;
}
