/**
 * Runs first in the task pane's bundle (webpack.config.js), before React and
 * Fluent are set up: when the manifest's URL names the compose pane, its
 * chunk is fetched while the rest of the bundle runs, not after.
 */
if (new URLSearchParams(window.location.search).get('mode') === 'compose') {
  // The same chunk App.tsx loads; a failed fetch is left to the pane to report.
  import(/* webpackChunkName: "compose" */ './ComposePane').catch(() => undefined);
}
