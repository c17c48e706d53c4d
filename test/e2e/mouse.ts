import type { Page } from 'playwright-core';

/** Returns the centre of an element in page coordinates. */
export async function centreOf(page: Page, selector: string): Promise<{ x: number; y: number }> {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`element ${selector} is not visible`);
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags with the mouse from one socket to another, in steps, as a person would. */
export async function dragSocket(page: Page, fromSelector: string, toSelector: string): Promise<void> {
  const from = await centreOf(page, fromSelector);
  const to = await centreOf(page, toSelector);
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2 + 40, { steps: 8 });
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
}
