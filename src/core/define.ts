import { VERSION } from './version.js';

/** Marks an element class with the library version that defined it. */
export interface VersionedElement extends CustomElementConstructor {
  kpmVersion?: string;
}

/**
 * Defines a custom element once. A page that includes the script twice (a plugin and a
 * theme each adding it, say) must not throw "already defined": the same version is
 * silently skipped, another version is kept and a console warning names both.
 */
export function defineElement(tag: string, ctor: VersionedElement): void {
  const existing = customElements.get(tag) as VersionedElement | undefined;
  if (!existing) {
    ctor.kpmVersion = VERSION;
    customElements.define(tag, ctor);
    return;
  }
  if (existing === ctor || existing.kpmVersion === VERSION) return;
  console.warn(
    `kpm-widgets: <${tag}> is already defined by version ${existing.kpmVersion ?? 'unknown'}; ` +
      `version ${VERSION} loaded on the same page is not used. Include the script only once.`,
  );
}
