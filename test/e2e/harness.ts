import { test as base } from '@playwright/test';
import { startApp, type AppFixture } from './app.js';

// Each test gets its own data folder and browser page, with the real handlers behind `window.api`.
export { ORIGIN, startApp, type AppFixture } from './app.js';

export const test = base.extend<{ app: AppFixture }>({
  app: async ({ context }, use) => {
    const app = await startApp(context);
    await use(app);
    await app.close();
  },
});

export { expect } from '@playwright/test';
