// The shared core: what every widget builds on. Public for developers who write their own.
export { KpmElement, type KpmErrorDetail } from './base-element.js';
export {
  DatasetController,
  isCsvResponse,
  validateOnce,
  type CsvImporter,
  type DatasetSourceHost,
} from './dataset-controller.js';
export { datasetContext, type DatasetResult, type DatasetState } from './dataset-state.js';
export { defineElement } from './define.js';
export {
  fetchJson,
  fetchText,
  DEFAULT_MAX_BYTES,
  DEFAULT_TIMEOUT_MS,
  type FetchLimits,
  type FetchTextOptions,
  type FetchTextResult,
} from './fetch-json.js';
export {
  formatDate,
  formatList,
  formatMonthYear,
  formatNumber,
  formatPercent,
  formatRupiah,
  formatRupiahCompact,
  formatRupiahWords,
} from './format.js';
export { renderIssueList } from './issue-list.js';
export { parseJson } from './json-parse.js';
export { describeLoadError, type LoadError } from './load-error.js';
export { intlLocale, normalizeLang, onLangChange, resolveLang, type Lang } from './locale.js';
export { renderProvenance } from './provenance-footer.js';
export { sanitizeHttpUrl, sanitizeUrl } from './sanitize-url.js';
export { coreStrings, type CoreStrings } from './strings/index.js';
export { baseStyles, themeStyles } from './theme.js';
export { VERSION } from './version.js';
export { renderLiveRegion } from './a11y-announce.js';
export { joinList, splitList } from './attr-list.js';
export { csvBlob, toCsv, type CsvCell } from './csv.js';
export { renderDataTable, TABLE_PAGE, type DataTableColumn, type DataTableModel, type DataTablePaging } from './data-table.js';
export { downloadBlob, serializeSvg, svgBlob, svgToPng } from './download.js';
export { clearDraft, loadDraft, readStored, saveDraft, writeStored } from './draft-storage.js';
export { rovingIndex, rovingTabIndex } from './roving-focus.js';
export { teksIn } from './teks.js';
