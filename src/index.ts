// The package entry (`kpm-widgets`): registers every element and exports the public API of
// core and schema, the CSV importers included. The one-script bundle has its own entry
// (one-script.ts).
export * from './elements.js';
export * from './core/index.js';
export * from './schema/index.js';
