import { expect } from '@open-wc/testing';
import { readEmbedParams, readFrame } from '../../../src/pages/embed/params.js';
import { EMBED_WIDGETS } from '../../../src/pages/embed/widgets.js';

const BASE = 'https://desa.example.id/kpm/app/embed.html?widget=x';

describe('readEmbedParams', () => {
  it('reads a complete budget-chart embed, resolving src against the page', () => {
    expect(
      readEmbedParams('?widget=budget-chart&src=../data/apbdes.json&lang=en&frame=apbdes&view=belanja&year=2025&accent=%23aa3300', BASE),
    ).to.deep.equal({
      widget: 'budget-chart',
      attributes: { lang: 'en', src: 'https://desa.example.id/kpm/data/apbdes.json', view: 'belanja', year: '2025' },
      accent: '#aa3300',
      frame: 'apbdes',
    });
  });

  it('defaults lang to id, frame to empty and accent to none', () => {
    expect(readEmbedParams('widget=scorecard&src=https://x.test/d.json', BASE)).to.deep.equal({
      widget: 'scorecard',
      attributes: { lang: 'id', src: 'https://x.test/d.json' },
      accent: null,
      frame: '',
    });
  });

  it('sets only the widget’s own documented attributes, in the list’s order', () => {
    const result = readEmbedParams(
      '?zoom=month&widget=program-timeline&src=d.json&onload=alert(1)&style=color:red&mode=edit&group=status&filter-q=jalan%20desa&innerHTML=x',
      BASE,
    );
    expect(result).to.deep.equal({
      widget: 'program-timeline',
      attributes: { lang: 'id', src: 'https://desa.example.id/kpm/app/d.json', group: 'status', zoom: 'month', 'filter-q': 'jalan desa' },
      accent: null,
      frame: '',
    });
  });

  it('refuses a missing or unknown widget, including markup in its name', () => {
    expect(readEmbedParams('src=d.json', BASE)).to.deep.equal({ error: 'missing-widget' });
    expect(readEmbedParams('widget=%20&src=d.json', BASE)).to.deep.equal({ error: 'missing-widget' });
    expect(readEmbedParams('widget=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&src=d.json', BASE)).to.deep.equal({ error: 'unknown-widget' });
    expect(readEmbedParams('widget=kpm-data&src=d.json', BASE)).to.deep.equal({ error: 'unknown-widget' });
    expect(readEmbedParams('widget=toString&src=d.json', BASE)).to.deep.equal({ error: 'unknown-widget' });
    expect(readEmbedParams('widget=__proto__&src=d.json', BASE)).to.deep.equal({ error: 'unknown-widget' });
  });

  it('refuses a missing src and one that is not http(s) after resolving', () => {
    expect(readEmbedParams('widget=budget-chart', BASE)).to.deep.equal({ error: 'missing-src' });
    expect(readEmbedParams('widget=budget-chart&src=', BASE)).to.deep.equal({ error: 'missing-src' });
    expect(readEmbedParams('widget=budget-chart&src=javascript:alert(1)', BASE)).to.deep.equal({ error: 'bad-src' });
    expect(readEmbedParams('widget=budget-chart&src=java%09script:alert(1)', BASE)).to.deep.equal({ error: 'bad-src' });
    expect(readEmbedParams('widget=budget-chart&src=data:application/json,{}', BASE)).to.deep.equal({ error: 'bad-src' });
    expect(readEmbedParams('widget=budget-chart&src=mailto:a@b.id', BASE)).to.deep.equal({ error: 'bad-src' });
  });

  it('keeps each good URL of a partner map’s several sources and drops the bad ones', () => {
    expect(readEmbedParams('widget=partner-map&src=a.json%20javascript:x%20%20https://b.test/b.json', BASE)).to.deep.equal({
      widget: 'partner-map',
      attributes: { lang: 'id', src: 'https://desa.example.id/kpm/app/a.json https://b.test/b.json' },
      accent: null,
      frame: '',
    });
    // Other widgets take src as one URL: the space is part of it.
    expect(readEmbedParams('widget=scorecard&src=a.json%20b.json', BASE)).to.deep.equal({
      widget: 'scorecard',
      attributes: { lang: 'id', src: 'https://desa.example.id/kpm/app/a.json%20b.json' },
      accent: null,
      frame: '',
    });
  });

  it('sanitizes URL attributes: endpoint and boundaries http(s) only, privacy-href also mailto', () => {
    expect(
      readEmbedParams('widget=participation-form&src=d.json&endpoint=data:text/html,x&privacy-href=javascript:alert(1)', BASE),
    ).to.deep.equal({ widget: 'participation-form', attributes: { lang: 'id', src: 'https://desa.example.id/kpm/app/d.json' }, accent: null, frame: '' });
    expect(
      readEmbedParams('widget=participation-form&src=d.json&endpoint=/api/usulan&privacy-href=mailto:desa@example.id', BASE),
    ).to.deep.equal({
      widget: 'participation-form',
      attributes: { lang: 'id', src: 'https://desa.example.id/kpm/app/d.json', endpoint: 'https://desa.example.id/api/usulan', 'privacy-href': 'mailto:desa@example.id' },
      accent: null,
      frame: '',
    });
    expect(readEmbedParams('widget=partner-map&src=d.json&boundaries=vbscript:x', BASE)).to.deep.equal({
      widget: 'partner-map',
      attributes: { lang: 'id', src: 'https://desa.example.id/kpm/app/d.json' },
      accent: null,
      frame: '',
    });
  });

  it('takes an accent only when it is a colour and nothing more', () => {
    const accent = (value: string) => {
      const r = readEmbedParams(`widget=scorecard&src=d.json&accent=${encodeURIComponent(value)}`, BASE);
      return 'error' in r ? r.error : r.accent;
    };
    expect(accent('rebeccapurple')).to.equal('rebeccapurple');
    expect(accent(' rgb(10 20 30) ')).to.equal('rgb(10 20 30)');
    expect(accent('red;background:url(x)')).to.equal(null);
    expect(accent('url(https://x.test/a.png)')).to.equal(null);
    expect(accent('var(--x)')).to.equal(null);
    expect(accent('}body{display:none')).to.equal(null);
    expect(accent(`#${'0'.repeat(80)}`)).to.equal(null);
    expect(accent('')).to.equal(null);
  });

  it('uses lang=en only when asked exactly; anything else is Indonesian', () => {
    const lang = (value: string) => {
      const r = readEmbedParams(`widget=scorecard&src=d.json&lang=${value}`, BASE);
      return 'error' in r ? r.error : r.attributes.lang;
    };
    expect([lang('en'), lang('id'), lang('EN'), lang('fr'), lang('%22%3E')]).to.deep.equal(['en', 'id', 'id', 'id', 'id']);
  });

  it('keeps a frame id only when it is short and plain', () => {
    expect(readFrame('frame=apbdes-2025_v1.2:a')).to.equal('apbdes-2025_v1.2:a');
    expect(readFrame('frame=%3Cscript%3E')).to.equal('');
    expect(readFrame('frame=a%20b')).to.equal('');
    expect(readFrame(`frame=${'x'.repeat(64)}`)).to.equal('x'.repeat(64));
    expect(readFrame(`frame=${'x'.repeat(65)}`)).to.equal('');
    expect(readFrame('')).to.equal('');
  });
});

describe('EMBED_WIDGETS', () => {
  it('lists exactly each element’s documented attributes (custom-elements.json), minus src and lang', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    const documented: Record<string, string[]> = {};
    for (const mod of manifest.modules) {
      for (const d of mod.declarations ?? []) {
        const name = typeof d.tagName === 'string' ? d.tagName.replace(/^kpm-/, '') : '';
        if (name in EMBED_WIDGETS) {
          documented[name] = (d.attributes ?? []).map((a: { name: string }) => a.name).filter((a: string) => a !== 'src' && a !== 'lang').sort();
        }
      }
    }
    const listed = Object.fromEntries(Object.entries(EMBED_WIDGETS).map(([k, v]) => [k, [...v].sort()]));
    expect(listed).to.deep.equal(documented);
  });
});
