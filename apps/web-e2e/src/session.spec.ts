import { expect } from '@playwright/test';
import { PHONE, signedIn, test } from './support';

/**
 * Sessions on weak networks (issue 16): a refresh that reached the server but whose reply never came back must not
 * cost the person their session. The server rotated the token; the phone still holds the spent one.
 */
test.describe('Sessions that survive bad networks', () => {
  test('a refresh whose reply is dropped leaves the officer signed in, now and after another reload', async ({ browser }) => {
    const page = await signedIn(browser, 'petugas.kerinci', PHONE);
    await expect(page.locator('.user-box')).toContainText('Kanim Kerinci', { useInnerText: false });
    let dropped = 0;
    await page.route('**/graphql', async (route) => {
      const body = route.request().postData() ?? '';
      if (body.includes('refreshSession') && dropped === 0) {
        dropped++;
        // The request reaches the server, which rotates the token; the answer is lost on the way back.
        await route.fetch();
        await route.abort('connectionreset');
        return;
      }
      await route.continue();
    });
    // A reload restores the session by refreshing with the stored (now spent) token.
    await page.reload();
    await expect(page.locator('.user-box')).toContainText('Kanim Kerinci', { useInnerText: false });
    expect(dropped).toBe(1);
    // The session goes on: the family was not ended as a stolen copy.
    await page.unroute('**/graphql');
    await page.reload();
    await expect(page.locator('.user-box')).toContainText('Kanim Kerinci', { useInnerText: false });
    await page.context().close();
  });
});
