// axe-core on one part of the page: no serious or critical violation of the WCAG A/AA rules.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The WCAG rule sets every axe check here runs (2.x, levels A and AA). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export async function expectNoSeriousAxeViolations(page: Page, selector: string): Promise<void> {
  const { violations, passes } = await new AxeBuilder({ page }).include(selector).withTags(WCAG_TAGS).analyze();
  expect(passes.length, `axe ran on ${selector}`).toBeGreaterThan(0);
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}
