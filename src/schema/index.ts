/**
 * Public entry of `kpm-widgets/schema`: entity schemas and types, label tables, code lists,
 * the issue contract and the validators. No side effects at import, so it tree-shakes.
 */
export * from './validation.js';
export * from './import/index.js';
