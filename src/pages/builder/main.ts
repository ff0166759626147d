/// <reference types="vite/client" />
// Entry of builder.html: every widget (for the preview) and the builder itself. In dev the
// bundle a snippet points at is the repository's dist/; in a build it sits one folder up.
import '../../index.js';
import './index.js';

const builder = document.querySelector('kpm-builder');
if (builder && !builder.hasAttribute('script-url')) {
  const bundle = import.meta.env.DEV ? '/dist/kpm-widgets.js' : '../kpm-widgets.js';
  builder.setAttribute('script-url', new URL(bundle, location.href).href);
}
