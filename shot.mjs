import { chromium } from 'playwright-core';
const base = 'http://127.0.0.1:3005';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const log = [];
for (const width of [360, 1280]) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await ctx.newPage();
  // public session page, SMS errors
  await page.goto(`${base}/sessions/f6c8fde9-2c0f-4984-9d93-1022e9e9e34c`);
  await page.getByLabel('Your name').waitFor();
  await page.locator('label.radio', { hasText: 'By text message' }).click();
  await page.getByRole('button', { name: /Save my seat|waitlist/ }).click();
  await page.getByText('Enter a mobile number', { exact: false }).first().waitFor();
  await page.screenshot({ path: `/tmp/s-public-${width}.png`, fullPage: true });
  // desk
  await page.goto(`${base}/desk`);
  await page.getByLabel('E-mail address').fill('desk.eastside@commonroom.local');
  await page.getByLabel('Password').fill('commonroom-demo');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Sessions at your branches' }).waitFor();
  await page.screenshot({ path: `/tmp/s-desk-${width}.png`, fullPage: true });
  await page.locator('table a').first().click();
  await page.getByRole('heading', { name: 'Register a patron' }).waitFor();
  await page.locator('label.radio', { hasText: 'Text messages' }).click();
  await page.getByRole('button', { name: 'Register', exact: true }).click();
  await page.getByText('Texts need the patron', { exact: false }).first().waitFor();
  await page.screenshot({ path: `/tmp/s-desksession-err-${width}.png`, fullPage: true });
  // server-side errors: landline
  await page.getByLabel('Name', { exact: true }).fill('Lee');
  await page.getByRole('textbox', { name: 'Mobile number' }).fill('(800) 555-0199');
  await page.locator('label.checkbox', { hasText: 'The patron agrees' }).click();
  await page.getByRole('button', { name: 'Register', exact: true }).click();
  await page.waitForTimeout(800);
  log.push(await page.locator('.field-error').allTextContents());
  await page.screenshot({ path: `/tmp/s-desksession-server-${width}.png`, fullPage: false });
  await page.goto(`${base}/desk/to-call`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/s-tocall-${width}.png`, fullPage: true });
  await ctx.close();
}
console.log(JSON.stringify(log));
await browser.close();
