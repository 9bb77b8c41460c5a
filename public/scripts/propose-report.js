// Writes a follow-up report as a ready-to-file YAML entry of src/content/reports/, in the browser.
// Nothing is sent anywhere: the form has no action, and this script makes no request.
(function () {
  'use strict';
  var form = document.getElementById('propose-report');
  var output = document.getElementById('propose-output');
  var section = document.getElementById('propose-output-section');
  var status = document.getElementById('propose-status');
  if (!form || !output || !section || !status) return;

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
