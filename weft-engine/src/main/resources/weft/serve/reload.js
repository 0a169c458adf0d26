// Weft's live preview: reloads this page when the publication is rebuilt, keeping the reader's place, and shows the
// diagnostics of a build that failed over the last good page. Only in pages served by `weft serve`.
(function () {
  'use strict';
  var script = document.currentScript;
  var generation = Number(script && script.getAttribute('data-generation'));
  var place = 'weft-preview-place:' + location.pathname + location.search;
  var overlay = null;

  try {
    var saved = sessionStorage.getItem(place);
    if (saved !== null) {
      sessionStorage.removeItem(place);
      var xy = JSON.parse(saved);
      var restore = function () { window.scrollTo(xy[0], xy[1]); };
      if (document.readyState === 'complete') { restore(); } else { window.addEventListener('load', restore); }
    }
  } catch (e) { /* no session storage: the browser's own restoration */ }

  function show(lines) {
    if (overlay === null) {
      overlay = document.createElement('div');
      overlay.id = 'weft-preview-diagnostics';
      overlay.setAttribute('role', 'alert');
      overlay.style.cssText = 'position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;z-index:2147483647;'
        + 'margin:0;padding:1em 1.5em;background:#fff4f4;color:#1a1a1a;border-top:0.3em solid #a4001d;'
        + 'font:15px/1.5 system-ui,sans-serif;box-shadow:0 -0.2em 1em rgba(0,0,0,0.25)';
      var heading = document.createElement('p');
      heading.style.cssText = 'margin:0 0 0.5em;font-weight:bold';
      heading.textContent = 'The build failed: this page is the last good one. Fix the input and it reloads.';
      var list = document.createElement('pre');
      list.style.cssText = 'margin:0;white-space:pre-wrap;font:14px/1.4 ui-monospace,monospace';
      overlay.appendChild(heading);
      overlay.appendChild(list);
      document.body.appendChild(overlay);
    }
    overlay.lastChild.textContent = lines.join('\n');
  }

  function hide() {
    if (overlay !== null) {
      overlay.remove();
      overlay = null;
    }
  }

  var events = new EventSource('/.weft-preview/events');
  events.addEventListener('state', function (event) {
    var state = JSON.parse(event.data);
    if (state.generation !== generation) {
      try { sessionStorage.setItem(place, JSON.stringify([window.scrollX, window.scrollY])); } catch (e) { /* none */ }
      events.close();
      location.reload();
    } else if (state.diagnostics.length > 0) {
      show(state.diagnostics);
    } else {
      hide();
    }
  });
})();
