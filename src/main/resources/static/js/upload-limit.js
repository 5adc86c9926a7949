// Says a chosen file is over the upload limit before it is sent, so the editor waits for
// nothing and keeps everything typed. Progressive enhancement: the server refuses such a
// file with the same words (MediaProcessor.tooLargeMessage) when this script does not run.
// Works on any <input type="file" data-max-bytes="…"> whose error paragraph is
// #<id>-error inside an aria-live #<id>-error-area, as on the media upload form.
(function () {
  'use strict';

  function megabytes(bytes) {
    return (bytes / (1024 * 1024)).toFixed(1) + ' MB';
  }

  function tooLarge(input) {
    var max = Number(input.getAttribute('data-max-bytes'));
    var file = input.files && input.files[0];
    if (!file || !max || file.size <= max) {
      return null;
    }
    return 'The file is ' + megabytes(file.size) + '; the largest accepted is ' + megabytes(max) +
      '. Export it smaller and upload again.';
  }

  function show(input, message) {
    var area = document.getElementById(input.id + '-error-area');
    var error = document.getElementById(input.id + '-error');
    var field = input.closest('.field');
    var described = (input.getAttribute('aria-describedby') || '').split(' ').filter(Boolean);
    if (message) {
      if (!error) {
        error = document.createElement('p');
        error.className = 'field-error';
        error.id = input.id + '-error';
        area.appendChild(error);
      }
      error.textContent = message;
      input.setAttribute('aria-invalid', 'true');
      if (described.indexOf(error.id) < 0) {
        described.push(error.id);
      }
      if (field) {
        field.classList.add('has-error');
      }
    }
    else if (error) {
      // A new, acceptable file: whatever was said about the previous one no longer holds.
      error.remove();
      input.removeAttribute('aria-invalid');
      described = described.filter(function (id) { return id !== input.id + '-error'; });
      if (field) {
        field.classList.remove('has-error');
      }
    }
    input.setAttribute('aria-describedby', described.join(' '));
  }

  document.querySelectorAll('input[type=file][data-max-bytes]').forEach(function (input) {
    if (!document.getElementById(input.id + '-error-area')) {
      return;
    }
    input.addEventListener('change', function () {
      show(input, tooLarge(input));
    });
    if (input.form) {
      input.form.addEventListener('submit', function (event) {
        var message = tooLarge(input);
        if (message) {
          event.preventDefault();
          show(input, message);
          input.focus();
        }
      });
    }
  });
}());
