import type { CoreStrings } from './types.js';

export const en: CoreStrings = {
  loading: 'Loading data…',
  empty: 'There is no data to show yet.',
  noSource:
    'No data yet: set the src attribute to a JSON file, add a <script type="application/json"> child, or place the widget inside <kpm-data>.',
  errorTitle: 'The data cannot be shown',
  partialTitle: (n) => `Some data is not shown (${n} ${n === 1 ? 'problem' : 'problems'})`,
  retry: 'Try again',
  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  pathLabel: 'Location',
  rootPath: '(whole file)',
  moreIssues: (n) =>
    `…and ${n} more issues not shown. Fix the ones above and reload; the kpm-error event carries the full list.`,
  loadError: {
    timeout: (s) => `The server did not answer within ${s} seconds. Check the connection and try again.`,
    tooSlow: (s) => `The data was still downloading after ${s} seconds; the connection is too slow. Try again where the signal is better.`,
    tooLarge: (mb) => `The data file is larger than ${mb} MB, too large to show.`,
    http: (status) => `The data file could not be fetched (HTTP ${status}). Check the address in the src attribute.`,
    network: 'The data file could not be fetched: the network is down or the server refused (CORS).',
    json: (detail) => `The data file is not valid JSON: ${detail}`,
    jsonAt: (line, column) => `syntax error at line ${line}, column ${column}`,
    inlineJson: 'The <script type="application/json"> content is not valid JSON',
    aborted: 'Loading was cancelled.',
    html: 'The address in the src attribute returns a web page, not a data file. Check the address (and that the file was uploaded).',
    csvUnsupported: 'This widget reads a JSON dataset, not a CSV (only the budget chart reads a CSV). Turn the CSV into JSON on the builder page.',
  },
  table: {
    shownOf: (shown, total) => `Showing ${shown} of ${total} rows; the CSV download has them all.`,
    more: (count) => `Show ${count} more`,
  },
  footer: {
    source: 'Source',
    asOf: 'Data as of',
    licence: 'Licence',
    document: 'Source document',
    sistem: {
      manual: 'manual entry',
      opensid: 'OpenSID',
      siskeudes: 'Siskeudes',
      spreadsheet: 'spreadsheet',
      lainnya: 'other',
    },
  },
};
