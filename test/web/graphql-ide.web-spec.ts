import { TestApps } from '../support/test-apps';
import { WebBrowser } from '../support/web';

/** The IDE works with no network: everything it loads comes from the API. */
describe('the GraphQL IDE in a browser', () => {
  let apps: TestApps;
  let web: WebBrowser;

  beforeAll(async () => {
    apps = await TestApps.start({ worker: false });
    web = await WebBrowser.launch();
  });

  afterAll(async () => {
    await web?.close();
    await apps?.close();
  });

  it('loads, offline, and runs a query against the API', async () => {
    const context = await web.context({ viewport: { width: 1280, height: 800 } });
    const origin = new URL(apps.baseUrl).origin;
    const elsewhere: string[] = [];
    // No network beyond the API: any request to another origin fails (and is noted).
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      elsewhere.push(url);
      return route.abort();
    });
    const page = await context.newPage();
    await page.goto(`${apps.baseUrl}/graphql`);
    const editor = page.locator('.graphiql-query-editor .monaco-editor').first();
    await editor.waitFor({ state: 'visible', timeout: 30_000 });
    await editor.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('Backspace');
    // Inserted whole: typed, the editor would close the brace itself.
    await page.keyboard.insertText('query Probe { __typename }');
    await page.keyboard.press('ControlOrMeta+Enter');
    await page.locator('.graphiql-response').getByText('"Query"').waitFor({ timeout: 30_000 });
    // The editor lays the answer out with non-breaking spaces.
    const answer = (await page.locator('.graphiql-response').innerText()).replace(/\s+/g, ' ');
    expect(answer).toContain('{ "data": { "__typename": "Query" } }');
    expect(elsewhere).toEqual([]);
    expect(web.takeProblems()).toEqual([]);
    await context.close();
  });
});
