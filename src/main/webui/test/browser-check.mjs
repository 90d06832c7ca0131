// Drives the web UI in headless Chromium (Debian's /usr/bin/chromium, never a downloaded browser) as a person would,
// and prints what it saw as one JSON object; the JUnit test WebUiBrowserTest starts the server, runs this and asserts.
//
//   node test/browser-check.mjs URL OUT_DIR CLAIM_IRI...
//
// It loads the page, runs the canned query claims.rq from its button, reads the graph, clicks the edge of each claim
// given and, for each of its evidence, the quote and the highlighted span in the transcript, searches for 代码数据,
// and saves OUT_DIR/ui.png (the window, after the first claim's click) and OUT_DIR/ui-sparql.png (the window
// scrolled to the query's results).
// Environment: CHROMIUM (default /usr/bin/chromium).
// Requests to any host but this machine are blocked and listed in "offMachineRequests".
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [url, outDir, ...claims] = process.argv.slice(2);
if (!url || !outDir) {
  console.error('usage: node test/browser-check.mjs URL OUT_DIR CLAIM_IRI...');
  process.exit(2);
}
const LOCAL = new Set(['localhost', '127.0.0.1', '[::1]']);
const TIMEOUT = 30_000;

const report = { requests: [], offMachineRequests: [], consoleErrors: [], pageErrors: [], failedResponses: [], steps: {} };
const profile = mkdtempSync(join(tmpdir(), 'claimgraph-chromium-'));
// The flags keep Chromium off the network it would otherwise call at start (updates, sync, safe browsing...).
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
  viewport: { width: 1400, height: 1000 },
});
const page = context.pages()[0] || (await context.newPage());
page.setDefaultTimeout(TIMEOUT);

await context.route('**/*', (route) => {
  const u = new URL(route.request().url());
  if ((u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'ws:' || u.protocol === 'wss:') && !LOCAL.has(u.hostname)) {
    report.offMachineRequests.push(route.request().url());
    return route.abort('blockedbyclient');
  }
  return route.continue();
});
page.on('request', (r) => report.requests.push(r.method() + ' ' + r.url()));
page.on('console', (m) => { if (m.type() === 'error') report.consoleErrors.push(m.text()); });
page.on('pageerror', (e) => report.pageErrors.push(String(e)));
page.on('response', (r) => { if (r.status() >= 400) report.failedResponses.push(r.status() + ' ' + r.url()); });

async function step(name, fn) {
  const t0 = Date.now();
  try {
    report.steps[name] = { ok: true, ...(await fn()) };
  } catch (e) {
    report.steps[name] = { ok: false, error: String(e && e.stack || e) };
  }
  report.steps[name].millis = Date.now() - t0;
}

try {
  await step('load', async () => {
    const response = await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => window.claimgraph && window.claimgraph.ready === true);
    return { status: response.status(), title: await page.title(), contentType: response.headers()['content-type'] };
  });

  await step('graph', async () => page.evaluate(() => {
    const cy = window.claimgraph.graph.cy;
    const visible = cy.nodes().filter((n) => {
      const p = n.renderedPosition();
      return p.x >= 0 && p.y >= 0 && p.x <= cy.width() && p.y <= cy.height();
    });
    return { nodes: cy.nodes().length, edges: cy.edges().length, nodesInView: visible.length,
      labels: cy.nodes().map((n) => n.data('label')) };
  }));

  await step('exampleQuery', async () => {
    const link = page.locator('#examples a[data-file="claims.rq"]');
    const label = await link.textContent();
    await link.click();
    const rows = page.locator('#yasgui .yasr table tbody tr');
    await rows.nth(24).waitFor();
    const tableText = await page.locator('#yasgui .yasr table').innerText();
    const editor = await page.evaluate(() => window.claimgraph.sparql.yasgui.getTab().getQuery());
    const info = (await page.locator('#yasgui .yasr_response_chip, #yasgui .yasr .yasr_response').first().textContent().catch(() => '')) || '';
    return { label, rows: await rows.count(), tableText, editorQueryStart: editor.slice(0, 80), responseInfo: info.trim() };
  });

  report.claims = [];
  for (const iri of claims) {
    await step('claim ' + iri, async () => {
      const result = await clickClaim(iri);
      report.claims.push(result);
      return result;
    });
  }

  await step('screenshots', async () => {
    mkdirSync(outDir, { recursive: true });
    if (claims.length > 0) {
      await page.evaluate((iri) => window.claimgraph.graph.focus(iri, true), claims[0]);
      await page.locator(`#details[data-claim="${claims[0]}"] mark`).waitFor();
      await page.evaluate(() => window.claimgraph.graph.cy.fit(undefined, 20));
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(outDir, 'ui.png') });
    await page.locator('#sparql').evaluate((e) => e.scrollIntoView());
    await page.screenshot({ path: join(outDir, 'ui-sparql.png') });
    return {};
  });

  await step('search', async () => {
    await page.locator('#search input').fill('代码数据');
    await page.locator('#search input').press('Enter');
    await page.locator('#search-results .search-list li').first().waitFor();
    const results = await page.locator('#search-results .search-list li').evaluateAll((lis) => lis.map((li) => ({
      kind: li.dataset.kind, iri: li.dataset.iri, text: li.innerText, href: li.querySelector('a.result')?.getAttribute('href') })));
    const head = await page.locator('#search-results .search-head').innerText();
    // "show in graph" on the entity selects its node.
    const entity = page.locator('#search-results li[data-kind="entity"] button.show-in-graph').first();
    let selectedAfterShow = null;
    if (await entity.count()) {
      await entity.click();
      selectedAfterShow = await page.evaluate(() => window.claimgraph.graph.cy.$(':selected').map((x) => x.id()));
    }
    return { head, results, selectedAfterShow };
  });

  await step('storage', async () => page.evaluate(() => ({ localStorage: Object.keys(localStorage),
    values: Object.values(localStorage).join('\n'), sessionStorage: Object.keys(sessionStorage) })));
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(JSON.stringify(report));

/**
 * Clicks the claim's edge with the mouse (after bringing it into view) and reads the panel: the title, the facts and,
 * for each evidence after its "show in transcript" button, the quote, the highlighted text and where the highlight
 * starts in code points.
 */
async function clickClaim(iri) {
  await page.locator('#graph').scrollIntoViewIfNeeded();
  const point = await page.evaluate((id) => {
    const cy = window.claimgraph.graph.cy;
    if (!window.claimgraph.graph.focus(id, false)) return null;
    cy.elements().unselect();
    const box = cy.container().getBoundingClientRect();
    const m = cy.getElementById(id).renderedMidpoint();
    return { x: box.left + m.x, y: box.top + m.y };
  }, iri);
  if (!point) throw new Error('the graph has no edge ' + iri);
  await page.mouse.click(point.x, point.y);
  const panel = page.locator(`#details[data-claim="${iri}"]`);
  await panel.locator('mark').waitFor();
  const evidence = [];
  const items = panel.locator('ol.evidence > li');
  for (let i = 0; i < (await items.count()); i++) {
    await items.nth(i).locator('button.show-span').click();
    await panel.locator('ol.evidence > li.current').nth(0).waitFor();
    evidence.push(await page.evaluate((n) => {
      const li = document.querySelectorAll('#details ol.evidence > li')[n];
      const mark = document.querySelector('#details .transcript-text mark');
      let before = '';
      for (let x = mark.previousSibling; x; x = x.previousSibling) before = x.textContent + before;
      return {
        current: li.classList.contains('current'),
        quote: li.querySelector('blockquote.quote').textContent,
        meta: li.querySelector('p.meta').textContent,
        mark: mark.textContent,
        markStartCodePoints: Array.from(before).length,
        transcriptLink: document.querySelector('#details .transcript-view h4 a')?.getAttribute('href'),
      };
    }, i));
  }
  return {
    iri,
    selected: await page.evaluate(() => window.claimgraph.graph.cy.$(':selected').map((x) => x.id())),
    title: await panel.locator('h3').innerText(),
    certainty: await panel.locator('td.certainty').innerText(),
    links: await panel.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
    evidence,
  };
}
