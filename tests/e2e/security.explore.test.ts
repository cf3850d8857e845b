import { it } from 'vitest';
import { launchChromium } from './support/chromium';
import { buildProductionApp, readStaticWebAppConfig, serveWithHeaders } from './support/productionServer';
it('explore', async () => {
const out = '/tmp/explore/dist';
if (!process.env.SKIP_BUILD) await buildProductionApp(out, { VITE_AAD_CLIENT_ID: '11111111-2222-3333-4444-555555555555', VITE_AAD_TENANT_ID: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee' });
const app = await serveWithHeaders(out, await readStaticWebAppConfig());
const browser = await launchChromium();
const ctx = await browser.newContext();
await ctx.addInitScript(() => { document.addEventListener('securitypolicyviolation', (e) => console.log('VIOLATION', e.violatedDirective, e.blockedURI, e.sourceFile, e.lineNumber, e.sample)); });
const page = await ctx.newPage();
page.on('console', (m) => console.log('console:', m.type(), m.text().slice(0, 300)));
page.on('request', (r) => console.log('req', r.method(), r.url().slice(0, 200)));
await ctx.route(/^https:\/\//, (route) => { console.log('ROUTED', route.request().url().slice(0,200)); return route.abort('internetdisconnected'); });
await page.goto(`${app.baseUrl}/${process.env.PAGE ?? ''}`);
await page.waitForTimeout(6000);
console.log((await page.locator('body').innerText()).slice(0, 500));
await browser.close(); await app.close();
});
