/*
 * Type-ahead for the article form's pick search (io.newsdesk.related). Without it the
 * Search button posts the form and the server lists the same results; with it, results
 * appear while typing. Each result's Add button is the same submit button the server
 * renders, so adding still posts the whole form and keeps everything typed. Results are
 * written with textContent only, never as HTML. Loaded from a file (no inline script),
 * for the Content Security Policy.
 */
(function () {
	'use strict';
	var input = document.getElementById('pickQuery');
	var list = document.getElementById('pick-results');
	var status = document.getElementById('pick-status');
	if (!input || !list || !status || !window.fetch) {
		return;
	}
	var url = input.getAttribute('data-search-url');
	var exclude = input.getAttribute('data-exclude');
	var timer = null;
	var latest = 0;

	function render(results, query) {
		list.textContent = '';
		if (!query) {
			status.textContent = '';
			return;
		}
		status.textContent = results.length === 0 ? 'No article on the site matches \u201c' + query + '\u201d.'
			: results.length + (results.length === 1 ? ' article matches' : ' articles match') + ' \u201c' + query + '\u201d.';
		results.forEach(function (result) {
			var item = document.createElement('li');
			var label = document.createElement('span');
			label.textContent = result.headline + ' (' + result.date + ', ' + result.section + ')';
			var button = document.createElement('button');
			button.type = 'submit';
			button.name = 'rail';
			button.value = 'pick:' + result.id;
			button.className = 'link-button';
			button.textContent = 'Add';
			var hidden = document.createElement('span');
			hidden.className = 'visually-hidden';
			hidden.textContent = ' ' + result.headline;
			button.appendChild(hidden);
			item.appendChild(label);
			item.appendChild(document.createTextNode(' '));
			item.appendChild(button);
			list.appendChild(item);
		});
	}

	function search() {
		var query = input.value.trim();
		var request = ++latest;
		if (query.length < 2) {
			render([], '');
			return;
		}
		var address = url + '?q=' + encodeURIComponent(query) + (exclude ? '&exclude=' + encodeURIComponent(exclude) : '');
		fetch(address, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
			.then(function (response) {
				if (!response.ok) {
					throw new Error('pick search answered ' + response.status);
				}
				return response.json();
			})
			.then(function (data) {
				// Only the answer to the latest keystroke counts.
				if (request === latest) {
					render(data.results, query);
				}
			})
			.catch(function () {
				// The Search button still works.
			});
	}

	input.addEventListener('input', function () {
		clearTimeout(timer);
		timer = setTimeout(search, 250);
	});
	input.addEventListener('keydown', function (event) {
		if (event.key === 'Enter') {
			// Enter searches here; it never saves the article.
			event.preventDefault();
			clearTimeout(timer);
			search();
		}
		else if (event.key === 'ArrowDown') {
			var first = list.querySelector('button');
			if (first) {
				event.preventDefault();
				first.focus();
			}
		}
	});
	list.addEventListener('keydown', function (event) {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp' && event.key !== 'Escape') {
			return;
		}
		var buttons = Array.prototype.slice.call(list.querySelectorAll('button'));
		var at = buttons.indexOf(document.activeElement);
		event.preventDefault();
		if (event.key === 'Escape' || (event.key === 'ArrowUp' && at <= 0)) {
			input.focus();
		}
		else if (event.key === 'ArrowDown' && at < buttons.length - 1) {
			buttons[at + 1].focus();
		}
		else if (event.key === 'ArrowUp') {
			buttons[at - 1].focus();
		}
	});
}());
