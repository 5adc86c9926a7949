// Checks static/js/upload-limit.js in jsdom (no browser needed): a file over the limit is
// reported in the field's aria-live area and blocks the submit, keeping what was typed; a
// file within it clears the message and submits. The markup mirrors the upload field of
// templates/admin/media/upload.html.
//   cd scripts && npm install && node check-upload-limit.js
const { JSDOM } = require('jsdom');
const fs = require('fs');
const path = require('path');
const script = fs.readFileSync(path.join(__dirname, '../src/main/resources/static/js/upload-limit.js'), 'utf8');
const html = `<!DOCTYPE html><html><body><form action="/admin/media?_csrf=x" method="post" enctype="multipart/form-data" novalidate>
<div class="field"><label for="file">Image file</label><p class="hint" id="file-hint">hint</p>
<input type="file" id="file" name="file" required data-max-bytes="10485760" aria-describedby="file-hint">
<div id="file-error-area" aria-live="polite"></div></div>
<textarea id="alt" name="alt">Typed alt</textarea><button type="submit">Upload</button></form></body></html>`;
const dom = new JSDOM(html, { runScripts: 'outside-only' });
const { window } = dom;
window.eval(script);
const doc = window.document;
const input = doc.getElementById('file');
function choose(size) {
  Object.defineProperty(input, 'files', { configurable: true, value: [{ size, name: 'x.jpg' }] });
  input.dispatchEvent(new window.Event('change'));
}
const failures = [];
function expect(what, ok) {
  if (!ok) failures.push(what);
}
choose(57.3 * 1024 * 1024);
const error = doc.getElementById('file-error');
expect('the message names the size and the limit', error && error.textContent.startsWith('The file is 57.3 MB; the largest accepted is 10.0 MB.'));
expect('the message is inside the aria-live area', error && error.parentElement.id === 'file-error-area');
expect('the input is marked invalid and described by the message', input.getAttribute('aria-invalid') === 'true' && input.getAttribute('aria-describedby') === 'file-hint file-error');
console.log('after change (57.3 MB):', JSON.stringify(doc.getElementById('file-error') && doc.getElementById('file-error').textContent),
  '| aria-invalid=' + input.getAttribute('aria-invalid'), '| describedby=' + input.getAttribute('aria-describedby'),
  '| has-error=' + input.closest('.field').classList.contains('has-error'));
const submit = new window.Event('submit', { cancelable: true });
doc.querySelector('form').dispatchEvent(submit);
expect('a submit with the large file is blocked', submit.defaultPrevented);
expect('the typed alt text is untouched', doc.getElementById('alt').value === 'Typed alt');
console.log('submit blocked:', submit.defaultPrevented, '| focused:', doc.activeElement === input, '| alt kept:', doc.getElementById('alt').value);
choose(2 * 1024 * 1024);
console.log('after change (2 MB): error present:', !!doc.getElementById('file-error'), '| aria-invalid=' + input.getAttribute('aria-invalid'), '| describedby=' + input.getAttribute('aria-describedby'));
const submit2 = new window.Event('submit', { cancelable: true });
doc.querySelector('form').dispatchEvent(submit2);
console.log('submit of 2 MB blocked:', submit2.defaultPrevented);
expect('a file within the limit clears the message', !doc.getElementById('file-error') && input.getAttribute('aria-invalid') === null);
expect('a file within the limit is submitted', !submit2.defaultPrevented);
if (failures.length) {
  console.error('FAILED: ' + failures.join('; '));
  process.exit(1);
}
console.log('upload-limit.js: all checks passed');
