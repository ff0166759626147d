// A village site's own script, shared by the demo and the examples: a language switch that
// sets `lang` on <html> (the widgets follow the nearest `lang` live, so nothing else is
// needed), and a status line that says whether <kpm-data> loaded the village data.
const root = document.documentElement;

function markPressed() {
  for (const button of document.querySelectorAll('[data-set-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.setLang === root.lang));
  }
}

document.addEventListener('click', (event) => {
  const button = event.target instanceof Element ? event.target.closest('[data-set-lang]') : null;
  if (!button) return;
  root.lang = button.dataset.setLang;
  markPressed();
});
markPressed();

/** Replaces the status line's text with one span per language, without innerHTML. */
function setStatus(provider, state, texts) {
  const status = provider.querySelector('[data-status-for="kpm-data"]');
  if (!status) return;
  status.dataset.state = state;
  status.replaceChildren(
    ...Object.entries(texts).map(([lang, text]) => {
      const span = document.createElement('span');
      span.dataset.l = lang;
      span.textContent = text;
      return span;
    }),
  );
}

document.addEventListener('kpm-data-load', (event) => {
  if (!(event.target instanceof Element) || event.target.localName !== 'kpm-data') return;
  const { ok, data, issues = [] } = event.detail ?? {};
  const notes = issues.length;
  if (!ok || !data) {
    setStatus(event.target, 'error', {
      id: `Data desa dimuat, tetapi tidak lolos validasi (${notes} catatan).`,
      en: `The village data loaded but did not pass validation (${notes} notes).`,
    });
    return;
  }
  const apbdes = data.apbdes?.length ?? 0;
  const kegiatan = data.kegiatan?.length ?? 0;
  setStatus(event.target, 'ready', {
    id: `Data desa dimuat: ${apbdes} APBDes, ${kegiatan} kegiatan, ${notes} catatan validasi.`,
    en: `Village data loaded: ${apbdes} budgets, ${kegiatan} activities, ${notes} validation notes.`,
  });
});

document.addEventListener('kpm-error', (event) => {
  if (!(event.target instanceof Element) || event.target.localName !== 'kpm-data') return;
  const message = event.detail?.message;
  const text = (lang) => (typeof message === 'object' && message ? message[lang] : message) ?? '';
  setStatus(event.target, 'error', {
    id: `Data desa tidak dapat dimuat. ${text('id')}`,
    en: `The village data could not be loaded. ${text('en')}`,
  });
});
