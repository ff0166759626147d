/* kpm-widgets iframe resizer (docs/embed-iframe.md); include once, after the iframes.
   embed.html posts {type:'kpm-embed:height', frame, height} when its content height
   changes. The iframe is found by the window that sent the message, never by the frame
   name in it (any page can post any name). Without this script an iframe keeps its
   height="…" and scrolls inside: still usable. */
(function () {
  addEventListener('message', function (e) {
    var d = e.data, h = d && d.type === 'kpm-embed:height' ? Math.ceil(Number(d.height)) : 0;
    if (!(h > 0 && h < 1e5)) return; // junk or absurd sizes must not break the page
    var f = document.getElementsByTagName('iframe');
    for (var i = 0; i < f.length; i++) {
      if (f[i].contentWindow === e.source) return void (f[i].style.height = h + 'px');
    }
  });
})();
