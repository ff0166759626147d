// The Custom Elements Manifest (custom-elements.json) is generated from the elements' JSDoc
// (`@attr`, `@event`, `@csspart`, …) by scripts/gen-manifest.ts; `npm run build` regenerates
// it and test/node/manifest.test.ts fails when the committed copy drifts from the sources.

/**
 * Style sheets are exported `css` templates; their text is not API, and keeping it in the
 * manifest would make every CSS tweak a manifest change. The variables stay, their text goes.
 */
function dropStyleTextPlugin() {
  return {
    name: 'kpm-drop-style-text',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.kind === 'variable' && typeof decl.default === 'string' && decl.default.startsWith('css`')) {
            delete decl.default;
          }
        }
      }
    },
  };
}

/**
 * Elements are registered through `defineElement('kpm-…', Class)` (src/core/define.ts), which
 * the analyzer does not recognise as `customElements.define`: without this, an element whose
 * JSDoc has no `@element` tag would be missing its tag name and its `customElement` flag.
 */
function defineElementPlugin() {
  const tags = new Map();
  return {
    name: 'kpm-define-element',
    analyzePhase({ ts, node }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (node.expression.text !== 'defineElement') return;
      const [tag, ctor] = node.arguments;
      if (tag && ctor && ts.isStringLiteral(tag) && ts.isIdentifier(ctor)) tags.set(ctor.text, tag.text);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          const tag = tags.get(decl.name);
          if (decl.kind !== 'class' || !tag) continue;
          decl.tagName = tag;
          decl.customElement = true;
        }
      }
    },
  };
}

/**
 * The base element's `emit(name, …)` helper dispatches `new CustomEvent(name)`, which the
 * analyzer records as an event literally called `name`; the real events are the documented
 * `@event` tags, all `kpm-…`.
 */
function documentedEventsPlugin() {
  return {
    name: 'kpm-documented-events',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.events) decl.events = decl.events.filter((event) => event.name.startsWith('kpm-'));
        }
      }
    },
  };
}

export default {
  // The elements, their shared base and the public entry; schema/ and model/ define no elements.
  globs: ['src/index.ts', 'src/core/**/*.ts', 'src/widgets/**/*.ts'],
  exclude: ['src/**/*.stories.ts', 'src/**/*.test.ts', 'src/**/*.d.ts', 'src/core/strings/**'],
  litelement: true,
  // package.json names the manifest itself; the analyzer must not rewrite it during a build.
  packagejson: false,
  quiet: true,
  plugins: [defineElementPlugin(), documentedEventsPlugin(), dropStyleTextPlugin()],
};
