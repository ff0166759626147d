/// <reference types="vite/client" />
// Entry of builder.html: every widget (for the preview) and the builder itself. In dev the
// bundle a snippet points at is the repository's dist/; in a build it sits one folder up.
// The element is defined here, not by importing ./index.js for its side effect: package.json
// lists the files with side effects, and a bare import of an unlisted one is dropped.
import '../../index.js';
import { defineElement } from '../../core/define.js';
import { KpmBuilder } from './builder.js';

defineElement('kpm-builder', KpmBuilder);

const builder = document.querySelector('kpm-builder');
if (builder && !builder.hasAttribute('script-url')) {
  const bundle = import.meta.env.DEV ? '/dist/kpm-widgets.js' : '../kpm-widgets.js';
  builder.setAttribute('script-url', new URL(bundle, location.href).href);
}
