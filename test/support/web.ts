import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser';
import { eventually } from './eventually';

/** A phone's width, the narrowest the app is made for. */
export const PHONE = { width: 360, height: 780 };

/** WCAG 2.2 A and AA, the rules axe-core checks automatically. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * One browser for a test file, and pages that fail the test on what a person would notice: an
 * uncaught script error or a failed asset. (GraphQL answers with errors are the app's business,
 * and each journey asserts what the page says about them.)
 */
export class WebBrowser {
  private constructor(private readonly browser: Browser) {}
  private readonly problems: string[] = [];

  static async launch(options: Parameters<typeof launchBrowser>[0] = {}): Promise<WebBrowser> {
    return new WebBrowser(await launchBrowser(options));
  }

  async context(
    options: { locale?: string; viewport?: { width: number; height: number }; reducedMotion?: 'reduce' } = {},
  ): Promise<BrowserContext> {
    const context = await this.browser.newContext({
      locale: options.locale ?? 'en-US',
      viewport: options.viewport ?? PHONE,
      reducedMotion: options.reducedMotion ?? 'no-preference',
      timezoneId: 'America/Chicago',
    });
    context.on('page', (page) => this.watch(page));
    return context;
  }

  async page(options: Parameters<WebBrowser['context']>[0] = {}): Promise<Page> {
    const context = await this.context(options);
    return context.newPage();
  }

  private watch(page: Page): void {
    page.on('pageerror', (error) => this.problems.push(`script error on ${page.url()}: ${error.message}`));
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.pathname.startsWith('/assets/') && response.status() >= 400) this.problems.push(`${response.status()} for ${url.pathname}`);
    });
  }

  /** What went wrong in any page so far (a test ends by expecting none). */
  takeProblems(): string[] {
    return this.problems.splice(0);
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

/** The violations axe-core finds on the page as it is now, as readable lines (none expected). */
export async function axeViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return result.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

/** True when the page is wider than the window: a reader would have to scroll sideways. */
export async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate<boolean>('document.documentElement.scrollWidth > document.documentElement.clientWidth + 1');
}

/**
 * Ticks or unticks a React Aria checkbox as a person does, on its label (its input is visually
 * hidden inside the label), and waits until it shows the new state.
 */
export async function setChecked(page: Page, name: string | RegExp, checked: boolean): Promise<void> {
  const box = page.getByRole('checkbox', { name, exact: typeof name === 'string' });
  if ((await box.isChecked()) !== checked) await page.locator('label').filter({ has: box }).click();
  await eventually(async () => expect(await box.isChecked()).toBe(checked));
}
