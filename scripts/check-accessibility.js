// Runs axe-core (WCAG 2.x A and AA rules, plus best practices) on Newsdesk's pages in the
// system's headless Chromium and prints every violation. Exits 1 when any is serious or
// critical. Usage: node check-accessibility.js BASE_URL [ADMIN_USER ADMIN_PASSWORD]
'use strict';
const puppeteer = require('puppeteer-core');
const axeSource = require('axe-core').source;

const base = (process.argv[2] || 'http://127.0.0.1:18081').replace(/\/$/, '');
const [user, password] = process.argv.slice(3);
const chromium = process.env.CHROMIUM || '/usr/bin/chromium';

const publicPages = [
  ['front page', '/'],
  ['article', '/articles/beijing-says-us-too-negative-toward-china'],
  ['section', '/sections/world'],
  ['tag', '/tags/china'],
  ['404', '/articles/no-such-story'],
  ['login', '/login'],
];
const adminPages = [
  ['admin list', '/admin/articles'],
  ['admin new form', '/admin/articles/new'],
];

// With path null, audits the page the browser is on (e.g. a form re-shown with errors).
async function audit(page, name, path, status) {
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

(async () => {
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--disable-sync', '--disable-quic'],
  });
  let serious = 0;
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    for (const [name, path] of publicPages) {
      serious += await audit(page, name, path);
    }
    if (user && password) {
      await page.goto(base + '/login', { waitUntil: 'load' });
      await page.type('#username', user);
      await page.type('#password', password);
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('button[type=submit]')]);
      for (const [name, path] of adminPages) {
        serious += await audit(page, name, path);
      }
      // Publish the empty new-article form: it comes back with field errors.
      const [response] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }),
        page.click('button[value=publish]')]);
      serious += await audit(page, 'admin form errors', null, response.status());
    }
    else {
      console.log('admin pages skipped: pass ADMIN_USER ADMIN_PASSWORD to audit them');
    }
  }
  finally {
    await browser.close();
  }
  console.log(serious === 0 ? 'axe: no serious or critical violations' : `axe: ${serious} serious/critical rule violation(s)`);
  process.exit(serious === 0 ? 0 : 1);
})().catch((e) => { console.error(e); process.exit(2); });
