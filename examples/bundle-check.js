// Says so on the page when dist/kpm-widgets.js did not load (the examples need `npm run build`
// first): without it the widgets stay their fallback links and the page looks merely plain.
// A classic script with no dependencies, so it runs even when the bundle is missing.
window.addEventListener('load', function () {
  if (window.customElements && customElements.get('kpm-budget-chart')) return;
  var notice = document.createElement('p');
  notice.className = 'bundle-missing';
  notice.setAttribute('role', 'alert');
  notice.textContent =
    'Skrip widget (dist/kpm-widgets.js) tidak termuat: jalankan `npm run build` dulu. / ' +
    'The widget script (dist/kpm-widgets.js) did not load: run `npm run build` first.';
  document.body.insertBefore(notice, document.body.firstChild);
});
