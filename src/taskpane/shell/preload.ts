/**
 * Runs first in the task pane's bundle (webpack.config.js), before React and
 * Fluent are set up: when the manifest's URL names the pane's mode, that
 * pane's chunk is fetched while the rest of the bundle runs, not after.
 * The same chunks App.tsx loads; a failed fetch is left to the pane to report.
 */
switch (new URLSearchParams(window.location.search).get('mode')) {
  case 'compose':
    import(/* webpackChunkName: "compose" */ '../compose/ComposePane').catch(() => undefined);
    break;
  case 'read':
    import(/* webpackChunkName: "read" */ '../read/ReadPane').catch(() => undefined);
    break;
}
