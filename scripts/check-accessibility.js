// Runs axe-core (WCAG 2.x A and AA rules, plus best practices) on Newsdesk's pages in the
// system's headless Chromium and prints every violation. Exits 1 when any is serious or
// critical. Usage: node check-accessibility.js BASE_URL [ADMIN_USER ADMIN_PASSWORD]
// With an admin login it also makes the data the newsroom pages need, through the admin UI
// as a person would: a staff account (and its first login), an uploaded image, articles
// (published, edited twice, corrected, in review, deleted, withdrawn), a preview link and a
// breaking-news banner. Run it against a throwaway database (NEWSDESK_DATA_DIR=/tmp/...).
'use strict';
const puppeteer = require('puppeteer-core');
const axeSource = require('axe-core').source;

const base = (process.argv[2] || 'http://127.0.0.1:18081').replace(/\/$/, '');
const [user, password] = process.argv.slice(3);
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';

const publicPages = [
  ['front page', '/'],
  ['front page 2', '/?page=2'],
  ['article', '/articles/beijing-says-us-too-negative-toward-china'],
  ['section', '/sections/world'],
  ['tag', '/tags/china'],
  ['search', '/search?q=Hong+Kong'],
  ['search filtered', '/search?q=china&section=world'],
  ['search none', '/search?q=zzzqqq'],
  ['404', '/articles/no-such-story'],
  ['login', '/login'],
];
const adminPages = [
  ['admin list', '/admin/articles'],
  ['admin new form', '/admin/articles/new'],
];

// With path null, audits the page the browser is on (e.g. a form re-shown with errors).
const visited = [];

async function audit(page, name, path, status) {
  if (path != null && !visited.some(([, p]) => p === path)) {
    visited.push([name, path]);
  }
  const response = (path != null) ? await page.goto(base + path, { waitUntil: 'load' }) : null;
  path = path || page.url().replace(base, '');
  status = response ? response.status() : status;
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(() => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
  }));
  const line = `${name.padEnd(16)} ${path}  HTTP ${status}  ` +
    `${result.passes.length} rules passed, ${result.violations.length} violated, ${result.incomplete.length} to review`;
  console.log(line);
  for (const v of result.violations) {
    console.log(`  [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} element(s))`);
    for (const node of v.nodes.slice(0, 3)) {
      console.log(`      ${node.target.join(' ')}: ${node.failureSummary.replace(/\s+/g, ' ').slice(0, 200)}`);
    }
  }
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').length;
}

let failedSteps = 0;

// A step that makes data or audits pages; one failing (a changed form, say) is reported and
// the run goes on, so one broken page does not hide the others.
async function step(name, fn) {
  try {
    return await fn();
  }
  catch (e) {
    failedSteps++;
    console.log(`STEP FAILED: ${name}: ${e.message.split('\n')[0]}`);
    return 0;
  }
}

// Clicks something that submits a form and waits for the page it leads to.
async function submit(page, selector) {
  const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click(selector)]);
  return response;
}

async function login(page, name, pass) {
  await page.goto(base + '/login', { waitUntil: 'load' });
  await page.type('#username', name);
  await page.type('#password', pass);
  return submit(page, 'main button[type=submit]');
}

async function logout(page) {
  await page.goto(base + '/admin/articles', { waitUntil: 'load' });
  await submit(page, 'header form[action$="/logout"] button');
}

async function fillArticle(page, headline, body) {
  await page.type('#headline', headline);
  await page.type('#standfirst', 'A short standfirst for the accessibility check.');
  await page.type('#body', body);
  const section = await page.$eval('#sectionId option:nth-child(2)', (o) => o.value);
  await page.select('#sectionId', section);
}

function articleId(url) {
  const match = /\/admin\/articles\/(\d+)\//.exec(url);
  if (!match) {
    throw new Error(`not an article page: ${url}`);
  }
  return match[1];
}

(async () => {
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync', '--disable-quic'],
  });
  let serious = 0;
  const stamp = Date.now().toString(36);
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    for (const [name, path] of publicPages) {
      serious += await audit(page, name, path);
    }
    if (user && password) {
      await login(page, user, password);
      for (const [name, path] of adminPages) {
        serious += await audit(page, name, path);
      }
      // Publish the empty new-article form: it comes back with field errors.
      const response = await submit(page, 'button[value=publish]');
      serious += await audit(page, 'admin form errors', null, response.status());

      // Staff: the list, the new-account form (empty, then with errors), an account with
      // its temporary password on show, the password and audit pages.
      let writerPassword = null;
      const writer = `axe-writer-${stamp}`;
      serious += await step('staff', async () => {
        let n = await audit(page, 'staff list', '/admin/staff');
        n += await audit(page, 'staff new', '/admin/staff/new');
        const bad = await submit(page, 'main button[type=submit]');
        n += await audit(page, 'staff new errors', null, bad.status());
        await page.goto(base + '/admin/staff/new', { waitUntil: 'load' });
        await page.type('#username', writer);
        await page.type('#displayName', 'Axe Writer');
        await page.select('#role', await page.$eval('#role option:first-child', (o) => o.value));
        const created = await submit(page, 'main button[type=submit]');
        n += await audit(page, 'staff account', null, created.status());
        writerPassword = await page.$eval('.temporary-password code', (c) => c.textContent.trim());
        n += await audit(page, 'password', '/admin/password');
        n += await audit(page, 'audit log', '/admin/audit');
        // Older entries: demo articles' long headlines wrap in the Subject column, which the
        // first page (this run's own entries) may not show.
        for (let i = 2; i <= 4; i++) {
          const older = await page.$eval('a[rel=next]', (a) => a.getAttribute('href')).catch(() => null);
          if (!older) {
            break;
          }
          n += await audit(page, `audit log p${i}`, older);
        }
        return n;
      });

      // Media: the upload form, an upload (a PNG Chromium draws itself), the library.
      serious += await step('media', async () => {
        const fs = require('fs');
        const os = require('os');
        const pathModule = require('path');
        const png = pathModule.join(os.tmpdir(), `axe-${stamp}.png`);
        await page.setContent('<body style="margin:0;background:linear-gradient(90deg,#369,#c93)"></body>');
        await page.screenshot({ path: png, clip: { x: 0, y: 0, width: 400, height: 300 } });
        let n = await audit(page, 'media upload', '/admin/media/new');
        const input = await page.$('#file');
        await input.uploadFile(png);
        await page.type('#alt', 'A blue and orange gradient');
        await page.type('#caption', 'Test image for the accessibility check');
        await page.type('#credit', 'Newsdesk');
        const uploaded = await submit(page, 'main button[type=submit]');
        fs.unlinkSync(png);
        n += await audit(page, 'media after upload', null, uploaded.status());
        n += await audit(page, 'media library', '/admin/media');
        const edit = await page.$eval('.media-edit a', (a) => a.getAttribute('href')).catch(() => null);
        if (edit) {
          n += await audit(page, 'media edit', edit);
        }
        return n;
      });

      // A published article with a featured image and an author, edited once (two revisions),
      // with a correction, a preview link and the breaking-news banner.
      let mainId = null;
      let mainUrl = null;
      serious += await step('article', async () => {
        await page.goto(base + '/admin/articles/new', { waitUntil: 'load' });
        await fillArticle(page, `Axe check story ${stamp}`, 'First paragraph of the story.\n\nSecond paragraph.');
        const media = await page.$$eval('#featuredMediaId option', (os) => os.map((o) => o.value).filter((v) => v));
        if (media.length) {
          await page.select('#featuredMediaId', media[0]);
        }
        const authors = await page.$$eval('#authorIds option', (os) => os.map((o) => o.value));
        if (authors.length > 1) {
          await page.select('#authorIds', authors[0], authors[1]);
        }
        await submit(page, 'button[value=publish]');
        mainId = articleId(page.url());
        let n = await audit(page, 'edit published', null, 200);
        // The rail's no-JavaScript pick search re-shows the whole form with results.
        await page.type('#pickQuery', 'china');
        await submit(page, 'button[name=rail][value=search]');
        n += await audit(page, 'pick search results', null, 200);
        await page.$eval('#body', (t) => { t.value += '\n\nA third paragraph, added later.'; });
        await submit(page, 'button[value=publish]');
        await page.select('#note-kind', await page.$eval('#note-kind option:first-child', (o) => o.value));
        await page.type('#note-text', 'An earlier version of this story gave the wrong date.');
        await submit(page, '#notes button[type=submit]');
        await submit(page, '#preview-links form button[type=submit]');
        n += await audit(page, 'edit with panels', null, 200);
        const link = await page.$eval('#new-preview-link', (i) => i.value);
        mainUrl = await page.$eval('main a[href^="/articles/"]', (a) => a.getAttribute('href'));
        n += await audit(page, 'article corrected', mainUrl);
        n += await audit(page, 'shared preview', link.replace(/^https?:\/\/[^/]+/, ''));
        n += await audit(page, 'admin preview', `/admin/articles/${mainId}/preview`);
        n += await audit(page, 'history', `/admin/articles/${mainId}/history`);
        const numbers = (await page.$$eval('#compare-from option', (os) => os.map((o) => Number(o.value))))
          .sort((a, b) => a - b);
        n += await audit(page, 'history diff', `/admin/articles/${mainId}/history/diff?from=${numbers[0]}&to=${numbers[numbers.length - 1]}`);
        n += await audit(page, 'restore confirm', `/admin/articles/${mainId}/history/${numbers[0]}/restore`);
        // Preview of unsaved text: the form posts to a new tab.
        await page.goto(base + `/admin/articles/${mainId}/edit`, { waitUntil: 'load' });
        const tab = new Promise((resolve) => browser.once('targetcreated', (t) => resolve(t.page())));
        await page.click('button[formtarget=_blank]');
        const previewTab = await tab;
        await previewTab.waitForSelector('main');
        n += await audit(previewTab, 'form preview', null, 200);
        await previewTab.close();
        return n;
      });

      // Authors and the front page with a breaking-news banner.
      serious += await step('authors and front page', async () => {
        let n = await audit(page, 'authors', '/admin/authors');
        const edit = await page.$eval('main a[href$="/edit"]', (a) => a.getAttribute('href'));
        n += await audit(page, 'author edit', edit);
        n += await audit(page, 'profile', '/admin/profile');
        await page.goto(base + mainUrl, { waitUntil: 'load' });
        const author = await page.$eval('a[href^="/authors/"]', (a) => a.getAttribute('href'));
        n += await audit(page, 'author page', author);
        await page.goto(base + `/admin/articles/${mainId}/edit`, { waitUntil: 'load' });
        await submit(page, '.front-page-quick form[action$="/breaking"] button');
        n += await audit(page, 'front page admin', '/admin/front-page');
        n += await audit(page, 'front breaking', '/');
        return n;
      });

      // Two people save the same article: the second is shown both versions.
      serious += await step('edit conflict', async () => {
        const editUrl = base + `/admin/articles/${mainId}/edit`;
        const other = await browser.newPage();
        await other.goto(editUrl, { waitUntil: 'load' });
        await page.goto(editUrl, { waitUntil: 'load' });
        await other.$eval('#standfirst', (t) => { t.value += ' Their change.'; });
        await submit(other, 'button[value=publish]');
        await other.close();
        await page.$eval('#standfirst', (t) => { t.value += ' My change.'; });
        const conflict = await submit(page, 'button[value=publish]');
        return audit(page, 'edit conflict', null, conflict.status());
      });

      // A story published then deleted: confirmation, the deleted list, the 410 page.
      serious += await step('delete', async () => {
        await page.goto(base + '/admin/articles/new', { waitUntil: 'load' });
        await fillArticle(page, `Axe check doomed story ${stamp}`, 'This story will be deleted.');
        await submit(page, 'button[value=publish]');
        const id = articleId(page.url());
        const url = await page.$eval('main a[href^="/articles/"]', (a) => a.getAttribute('href'));
        let n = await audit(page, 'delete confirm', `/admin/articles/${id}/delete`);
        await submit(page, 'main button.danger');
        n += await audit(page, 'deleted list', '/admin/articles/deleted');
        n += await audit(page, 'edit deleted', `/admin/articles/${id}/edit`);
        n += await audit(page, 'withdrawn 410', url);
        return n;
      });

      // The writer: first login (forced password change), a draft sent for review; then the
      // editor's review queue and the article in review.
      serious += await step('writer and review', async () => {
        if (!writerPassword) {
          throw new Error('no writer account');
        }
        await logout(page);
        await login(page, writer, writerPassword);
        let n = await audit(page, 'forced password', null, 200);
        const newPassword = `Axe-${stamp}-long-enough-9`;
        await page.type('#currentPassword', writerPassword);
        await page.type('#newPassword', newPassword);
        await page.type('#confirmPassword', 'does-not-match');
        const mismatch = await submit(page, 'main button[type=submit]');
        n += await audit(page, 'password errors', null, mismatch.status());
        await page.goto(base + '/admin/password', { waitUntil: 'load' });
        await page.type('#currentPassword', writerPassword);
        await page.type('#newPassword', newPassword);
        await page.type('#confirmPassword', newPassword);
        await submit(page, 'main button[type=submit]');
        await page.goto(base + '/admin/articles/new', { waitUntil: 'load' });
        await fillArticle(page, `Axe check draft ${stamp}`, 'A draft for review.');
        await submit(page, 'button[value=submit]');
        n += await audit(page, 'writer in review', null, 200);
        n += await audit(page, 'writer list', '/admin/articles');
        await logout(page);
        await login(page, user, password);
        n += await audit(page, 'review queue', '/admin/review');
        const review = await page.$eval('main a[href$="/edit"]', (a) => a.getAttribute('href'));
        n += await audit(page, 'edit in review', review);
        return n;
      });
    }
    else {
      console.log('admin pages skipped: pass ADMIN_USER ADMIN_PASSWORD to audit them');
    }
    // The same pages on a phone: targets, reflow and contrast can differ in one column.
    await page.setViewport({ width: 390, height: 844 });
    for (const [name, path] of visited.slice()) {
      serious += await step(`${name} at 390px`, () => audit(page, `${name} @390`, path));
    }
  }
  finally {
    await browser.close();
  }
  if (failedSteps > 0) {
    console.log(`${failedSteps} step(s) failed: their pages were not all audited`);
  }
  console.log(serious === 0 ? 'axe: no serious or critical violations' : `axe: ${serious} serious/critical rule violation(s)`);
  process.exit(serious === 0 ? (failedSteps === 0 ? 0 : 2) : 1);
})().catch((e) => { console.error(e); process.exit(2); });
