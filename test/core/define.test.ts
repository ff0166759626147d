import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement } from '../../src/core/define.js';
import { VERSION } from '../../src/core/version.js';

describe('core/defineElement', () => {
  it('defines once and tolerates the same script included twice', () => {
    class A extends LitElement {}
    defineElement('kpm-define-a', A);
    expect(() => defineElement('kpm-define-a', A)).not.to.throw();
    expect(customElements.get('kpm-define-a')).to.equal(A);
  });

  it('keeps the first definition and warns when another version arrives', () => {
    class First extends LitElement {}
    class Other extends LitElement {
      static kpmVersion = '9.9.9';
    }
    defineElement('kpm-define-b', First);
    (Other as { kpmVersion?: string }).kpmVersion = undefined;
    // Pretend the first copy came from another release.
    (First as { kpmVersion?: string }).kpmVersion = '0.0.1';
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (msg: string) => warnings.push(msg);
    try {
      expect(() => defineElement('kpm-define-b', Other)).not.to.throw();
    } finally {
      console.warn = original;
    }
    expect(customElements.get('kpm-define-b')).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('0.0.1').and.contain(VERSION);
  });
});
