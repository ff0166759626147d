// The one-script bundle's entry (dist/kpm-widgets.js, a classic script): registers every
// element and exposes on `window.KpmWidgets` the API a page that validates or formats by hand
// needs. The CSV importers are left out (3 kB gzip that every village page would download);
// the budget chart still reads a CSV `src`, and a page that converts CSV itself imports
// `kpm-widgets/schema`.
export * from './elements.js';
export * from './core/index.js';
export * from './schema/validation.js';
