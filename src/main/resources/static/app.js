// InvoiceDoctor: a little JavaScript for comfort. Every page works without it.
(function () {
  'use strict';

  function fill(pattern, value) {
    return (pattern || '').replace('{0}', value);
  }

  function postJson(url, body) {
    return fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify(body)
    }).then(function (r) {
      return r.json().then(function (json) {
        if (!r.ok) { throw new Error(json.error || String(r.status)); }
        return json;
      });
    });
  }

  function reloadAt(anchor) {
    if (window.location.search) {
      window.location.replace(window.location.pathname + anchor);
    } else {
      window.location.hash = anchor;
      window.location.reload();
    }
  }

  // Controls that need JavaScript stay hidden without it.
  document.querySelectorAll('.js-only').forEach(function (el) { el.hidden = false; });

  // Print: open every explanation so the report is complete.
  document.querySelectorAll('.js-print').forEach(function (b) {
    b.addEventListener('click', function () { window.print(); });
  });
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details').forEach(function (d) { d.open = true; });
  });

  // The share link: relative unless the server knows its public URL; complete it from the address the browser shows.
  var share = document.getElementById('share-url');
  if (share && share.value.charAt(0) === '/') { share.value = window.location.origin + share.value; }

  // Copy the share link.
  document.querySelectorAll('.js-copy').forEach(function (b) {
    b.addEventListener('click', function () {
      var input = document.getElementById(b.dataset.target);
      input.select();
      var done = function () { b.textContent = b.dataset.done; };
      if (navigator.clipboard) { navigator.clipboard.writeText(input.value).then(done, function () {}); } else { document.execCommand('copy'); done(); }
    });
  });

  // The server's checks: start them in the background and show progress until they are done.
  document.querySelectorAll('form.server-check').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      if (!window.fetch) { return; }
      event.preventDefault();
      var id = form.dataset.session;
      var button = form.querySelector('button[type=submit]');
      var box = form.querySelector('.js-progress');
      var bar = box.querySelector('progress');
      var text = box.querySelector('.js-progress-text');
      var endpoint = form.querySelector('[name=endpoint]');
      var started = Date.now();
      button.disabled = true;
      box.hidden = false;
      postJson('/api/sessions/' + id + '/checks', { endpoint: endpoint ? endpoint.value : null }).then(function () {
        var timer = setInterval(function () {
          fetch('/api/sessions/' + id + '/checks', { headers: { 'Accept': 'application/json' } })
            .then(function (r) { return r.json(); })
            .then(function (state) {
              var job = state.job;
              if (!job) { return; }
              bar.value = Math.round(job.progress * 100);
              text.textContent = fill(form.dataset.running, Math.round((Date.now() - started) / 1000));
              if (!job.running) {
                clearInterval(timer);
                if (job.error) { text.textContent = fill(form.dataset.failed, job.error); button.disabled = false; return; }
                reloadAt('#checks');
              }
            });
        }, 400);
      }).catch(function (e) {
        text.textContent = fill(form.dataset.failed, e.message);
        button.disabled = false;
      });
    });
  });

  // The customer's own browser checks, only after consent: reach the endpoint, time it, compare clocks.
  function timeOne(url) {
    var start = performance.now();
    var options = { mode: 'no-cors', cache: 'no-store', credentials: 'omit', redirect: 'follow' };
    var controller = window.AbortController ? new AbortController() : null;
    if (controller) { options.signal = controller.signal; }
    var timer = setTimeout(function () { if (controller) { controller.abort(); } }, 8000);
    return fetch(url, options).then(function () {
      clearTimeout(timer);
      return Math.round(performance.now() - start);
    }, function (e) {
      clearTimeout(timer);
      throw new Error(e && e.name === 'AbortError' ? 'timeout' : 'network');
    });
  }

  function clockSkew() {
    var before = Date.now();
    return fetch('/health', { cache: 'no-store' }).then(function (r) {
      var after = Date.now();
      var server = Date.parse(r.headers.get('Date'));
      if (isNaN(server)) { return null; }
      // the Date header has whole seconds; half a second is its expected rounding
      return Math.round(((before + after) / 2 - (server + 500)) / 1000);
    }, function () { return null; });
  }

  document.querySelectorAll('.browser-check').forEach(function (box) {
    var consent = box.querySelector('.js-consent');
    var button = box.querySelector('.js-browser-run');
    var status = box.querySelector('.js-browser-status');
    if (!consent || !button) { return; }
    consent.addEventListener('change', function () { button.disabled = !consent.checked; });
    button.addEventListener('click', function () {
      if (!consent.checked) { return; }
      button.disabled = true;
      status.textContent = box.dataset.measuring;
      var url = box.dataset.url;
      var report = { endpoint: box.dataset.endpoint, reachable: null, ms: null, clockSkewSeconds: null, error: null };
      var reach;
      if (window.location.protocol === 'https:' && url.indexOf('http:') === 0) {
        report.error = 'blocked';
        reach = Promise.resolve();
      } else {
        var times = [];
        reach = [0, 1, 2].reduce(function (chain) {
          return chain.then(function () { return timeOne(url).then(function (ms) { times.push(ms); }); });
        }, Promise.resolve()).then(function () {
          report.reachable = true;
          report.ms = Math.min.apply(null, times);
        }, function (e) {
          report.reachable = times.length > 0;
          report.ms = times.length ? Math.min.apply(null, times) : null;
          report.error = times.length ? null : e.message;
        });
      }
      reach.then(clockSkew).then(function (skew) {
        report.clockSkewSeconds = skew;
        return postJson('/api/sessions/' + box.dataset.session + '/browser-checks', report);
      }).then(function () { reloadAt('#checks'); }, function (e) {
        status.textContent = fill(box.dataset.failed, e.message);
        button.disabled = false;
      });
    });
  });
})();

// Each question has its own address (?at=N, its place among the answers): the page that shows the current
// question under the session's plain address takes that address in the history, so the browser's Back button
// from the next question returns here (issue 15).
(function () {
  'use strict';
  var form = document.querySelector('form.answer-form[data-at]');
  if (!form || !window.history || !window.history.replaceState) { return; }
  var url = new URL(window.location.href);
  if (url.searchParams.has('at')) { return; }
  url.searchParams.set('at', form.getAttribute('data-at'));
  window.history.replaceState(null, '', url.pathname + url.search + url.hash);
})();
