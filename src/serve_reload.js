// Added by `studysite serve` to the pages it serves (never written into site/): waits for the
// next build, reloads the page after a good one, and shows the errors of a failed one.
(function () {
  'use strict';
  var generation = null;
  var overlay = null;

  function showErrors(text) {
    if (!overlay) {
      overlay = document.createElement('div');
      overlay.setAttribute('role', 'alert');
      overlay.className = 'studysite-serve-errors';
      overlay.style.cssText = 'position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;' +
        'margin:0;padding:1rem;background:#2b0d0d;color:#fde8e8;font:14px/1.4 monospace;' +
        'white-space:pre-wrap;z-index:2147483647;border-top:4px solid #e05252';
      document.body.appendChild(overlay);
    }
    overlay.textContent = 'The build failed; the last good site is shown.\n\n' + text;
  }

  function wait() {
    var request = new XMLHttpRequest();
    request.open('GET', '/__studysite/wait?since=' + (generation === null ? 0 : generation));
    request.timeout = 30000;
    request.onload = function () {
      var state;
      try { state = JSON.parse(request.responseText); } catch (e) { setTimeout(wait, 1000); return; }
      if (generation !== null && state.generation > generation) {
        if (state.errors) { showErrors(state.errors); } else { window.location.reload(); return; }
      } else if (state.errors) {
        showErrors(state.errors);
      }
      generation = state.generation;
      wait();
    };
    request.onerror = request.ontimeout = function () { setTimeout(wait, 1000); };
    request.send();
  }
  wait();
}());
