// Writes a follow-up report as a ready-to-file YAML entry of src/content/reports/, in the browser.
// Nothing is sent anywhere: the form has no action. The one request this script makes reads the chosen
// directive's open data (/data/directives/<id>.json, same origin) to list its obligations, so the page
// itself does not embed every obligation of the corpus.
(function () {
  'use strict';
  var form = document.getElementById('propose-report');
  var output = document.getElementById('propose-output');
  var section = document.getElementById('propose-output-section');
  var status = document.getElementById('propose-status');
  if (!form || !output || !section || !status) return;

  var select = document.getElementById('pr-directive');
  var box = document.getElementById('pr-obligations');
  var lang = box ? box.getAttribute('data-lang') : 'en';

  function note(text) {
    var p = document.createElement('p');
    p.className = 'muted';
    p.setAttribute('data-obligations-status', '');
    p.textContent = text;
    return p;
  }

  function digits(text) {
    return lang === 'km'
      ? String(text).replace(/[0-9]/g, function (d) {
          return String.fromCharCode(0x17e0 + Number(d));
        })
      : String(text);
  }

  /** Replaces the obligations' checkboxes with those of the chosen directive, from its open data. */
  function load() {
    if (!select || !box) return;
    var option = select.options[select.selectedIndex];
    var id = option ? option.value : '';
    if (!/^[a-z0-9-]+$/.test(id)) return;
    var legend = box.querySelector('legend');
    box.replaceChildren(legend, note(box.getAttribute('data-loading') || ''));
    fetch('/data/directives/' + id + '.json', { credentials: 'omit' })
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.json();
      })
      .then(function (data) {
        if (select.value !== id) return;
        var directive = data.directive;
        if (option.textContent === id) option.textContent = directive.number + ' (' + directive.date + ')';
        var labels = directive.obligations.map(function (obligation) {
          var label = document.createElement('label');
          label.className = 'check';
          var input = document.createElement('input');
          input.type = 'checkbox';
          input.name = 'obligations[]';
          input.value = obligation.id;
          var number = obligation.recommendation + '.' + (/-o(\d+)$/.exec(obligation.id) || ['', '0'])[1];
          label.append(input, ' ' + digits(number) + ' ' + obligation.action[lang === 'km' ? 'km' : 'en']);
          return label;
        });
        box.replaceChildren.apply(box, [legend].concat(labels));
      })
      .catch(function () {
        box.replaceChildren(legend, note(box.getAttribute('data-error') || ''));
      });
  }

  if (select) {
    // A directive's page links here with ?directive=<id>: choose it, adding it when it is not among the newest.
    var wanted = new URLSearchParams(location.search).get('directive');
    if (wanted && /^[a-z0-9-]+$/.test(wanted)) {
      var known = Array.prototype.some.call(select.options, function (option) {
        return option.value === wanted;
      });
      if (!known) {
        var extra = document.createElement('option');
        extra.value = wanted;
        extra.textContent = wanted;
        select.append(extra);
      }
      select.value = wanted;
    }
    select.addEventListener('change', load);
    load();
  }

  // A YAML double-quoted scalar: JSON's string syntax is valid YAML, escapes included.
  function scalar(text) {
    return JSON.stringify(text);
  }

  function value(name) {
    var field = form.elements.namedItem(name);
    return field && 'value' in field ? String(field.value).trim() : '';
  }

  function checked(name) {
    return Array.prototype.slice.call(form.querySelectorAll('input[name="' + name + '"]:checked')).map(function (input) {
      return input.value;
    });
  }

  /** The entry, or undefined when a required field is missing or malformed. */
  function entry() {
    var publisher = value('publisher');
    var url = value('url');
    var published = value('published');
    var language = value('language');
    var quote = value('quote');
    var obligations = checked('obligations[]');
    var state = checked('state')[0];
    var valid =
      publisher.length >= 2 &&
      /^https:\/\/\S+\.\S+$/.test(url) &&
      /^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/.test(published) &&
      /^[a-z]{2,3}$/.test(language) &&
      quote.length >= 20 &&
      obligations.length > 0 &&
      Boolean(state);
    if (!valid) return undefined;
    var today = new Date().toISOString().slice(0, 10);
    var lines = ['publisher: ' + scalar(publisher)];
    if (value('title')) lines.push('title: ' + scalar(value('title')));
    lines.push('url: ' + scalar(url), 'published: ' + published, 'language: ' + language, 'retrieved: ' + today, 'quote: ' + scalar(quote));
    if (value('translation')) lines.push('translation: ' + scalar(value('translation')));
    lines.push('obligations:');
    obligations.forEach(function (id) {
      lines.push('  - ' + id);
    });
    lines.push('state: ' + state);
    return lines.join('\n') + '\n';
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = entry();
    if (!text) {
      status.textContent = form.getAttribute('data-invalid') || '';
      section.hidden = true;
      return;
    }
    status.textContent = '';
    output.value = text;
    section.hidden = false;
    output.focus();
    output.select();
  });
})();
