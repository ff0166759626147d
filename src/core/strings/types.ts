/** Every UI string the shared core shows. Widgets extend this with their own tables. */
export interface CoreStrings {
  loading: string;
  empty: string;
  noSource: string;
  errorTitle: string;
  partialTitle: (count: number) => string;
  retry: string;
  severity: { error: string; warning: string; info: string };
  pathLabel: string;
  rootPath: string;
  /** The line under a capped issue list: how many more there are and where to find them. */
  moreIssues: (count: string) => string;
  loadError: {
    timeout: (seconds: string) => string;
    tooSlow: (seconds: string) => string;
    tooLarge: (megabytes: string) => string;
    http: (status: number) => string;
    network: string;
    json: (detail: string) => string;
    jsonAt: (line: number, column: number) => string;
    inlineJson: string;
    aborted: string;
    html: string;
    csvUnsupported: string;
  };
  /** Under a long table drawn in part; the numbers come formatted. */
  table: {
    shownOf: (shown: string, total: string) => string;
    more: (count: string) => string;
  };
  footer: {
    source: string;
    asOf: string;
    licence: string;
    document: string;
    sistem: Record<'manual' | 'opensid' | 'siskeudes' | 'spreadsheet' | 'lainnya', string>;
  };
}
