import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

/**
 * `style=${cssomStyle({ left: '40%' })}`: like Lit's `styleMap`, but also the first render goes
 * through the CSSOM. `styleMap` writes its first render as a `style="…"` attribute string, which
 * a strict Content-Security-Policy (`style-src` without 'unsafe-inline') blocks; properties set
 * on `element.style` are allowed. Property names are CSS names (`left`, `--bar-x`).
 */
class CssomStyleDirective extends Directive {
  private previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style') {
      throw new Error('cssomStyle() belongs in a style attribute: style=${cssomStyle({…})}');
    }
  }

  render(_styles: Readonly<Record<string, string | undefined>>): unknown {
    return noChange;
  }

  override update(part: AttributePart, [styles]: [Readonly<Record<string, string | undefined>>]): unknown {
    const { style } = part.element as HTMLElement;
    for (const name of this.previous) {
      if (styles[name] === undefined) style.removeProperty(name);
    }
    this.previous = new Set();
    for (const [name, value] of Object.entries(styles)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.previous.add(name);
    }
    return noChange;
  }
}

export const cssomStyle = directive(CssomStyleDirective);
