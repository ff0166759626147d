import { expect } from '@open-wc/testing';
import { sanitizeHttpUrl, sanitizeUrl } from '../../src/core/sanitize-url.js';

describe('core/sanitizeUrl', () => {
  it('keeps http, https, mailto and tel', () => {
    expect(sanitizeUrl('https://sukamaju.example.org/a.pdf')).to.equal('https://sukamaju.example.org/a.pdf');
    expect(sanitizeUrl('http://x.test/')).to.equal('http://x.test/');
    expect(sanitizeUrl('mailto:pemdes@x.test')).to.equal('mailto:pemdes@x.test');
    expect(sanitizeUrl('tel:0293-555-0100')).to.equal('tel:0293-555-0100');
  });
  it('resolves relative links against the page', () => {
    expect(sanitizeUrl('/dokumen/apbdes.pdf', 'https://desa.test/x/')).to.equal('https://desa.test/dokumen/apbdes.pdf');
  });
  it('refuses script, data and other schemes, however disguised', () => {
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      '\u0001javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'blob:https://x.test/1',
    ]) {
      expect(sanitizeUrl(bad), bad).to.equal(null);
    }
  });
  it('refuses what is not a string or is empty', () => {
    expect(sanitizeUrl(undefined)).to.equal(null);
    expect(sanitizeUrl(42)).to.equal(null);
    expect(sanitizeUrl('   ')).to.equal(null);
    expect(sanitizeUrl('http://[bad')).to.equal(null);
  });
  it('keeps only http(s) for images and fetches', () => {
    expect(sanitizeHttpUrl('mailto:a@b.test')).to.equal(null);
    expect(sanitizeHttpUrl('https://x.test/f.jpg')).to.equal('https://x.test/f.jpg');
  });
});
