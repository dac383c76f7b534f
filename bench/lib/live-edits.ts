/// <reference lib="dom" />
/**
 * Keystroke pause → repainted page in the live preview (issue #13 item 3), driven through the
 * browser harness: the preview of one document is open beside the editor, a key is typed into a
 * field, and the time runs from that key to the frame after the changed page is painted.
 * The marks of useLivePreview.ts split it into the debounce (key → request), main's render (request
 * → answer: the bridge, the document cache and layout, the page keys) and the repaint in pdf.js.
 */
import type { Page } from 'playwright-core';

export interface EditTiming {
  field: string;
  /** Key → frame after the repaint: what the person typing waits for. */
  total: number;
  /** Key → render requested (the typing pause, DEBOUNCE_MS, or a render still running). */
  wait: number;
  /** Request → answer from main. */
  render: number;
  /** Answer → changed pages painted and the next frame. */
  paint: number;
  changedPages: number;
}

export interface LiveRun {
  document: string;
  pages: number;
  edits: EditTiming[];
  /** Fields on the screens that the document does not print (skipped). */
  notPrinted: string[];
}

type Mark = { name: string; t: number; changed?: number };
type Marks = { __marks: Mark[]; __lastKey: number };

const install = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as Marks;
    w.__marks = [];
    w.__lastKey = 0;
    document.addEventListener('keydown', (e) => (w.__lastKey = e.timeStamp), true);
    new PerformanceObserver((list) => {
      for (const m of list.getEntries()) {
        if (!m.name.startsWith('live-preview-')) continue;
        const detail = (m as PerformanceMark).detail as { changed?: number } | null;
        w.__marks.push({ name: m.name, t: m.startTime, ...(detail ? { changed: detail.changed } : {}) });
        if (m.name === 'live-preview-painted')
          requestAnimationFrame(() => w.__marks.push({ name: 'frame', t: performance.now() }));
      }
    }).observe({ type: 'mark' });
  });

/** The marks of the first render requested after the last key: request, answer, paint, frame. */
const roundAfterLastKey = (page: Page) =>
  page.waitForFunction(
    () => {
      const w = window as unknown as Marks;
      const key = w.__lastKey;
      // (No named functions in here: tsx would wrap them in a helper the page does not have.)
      const marks = w.__marks;
      const req = marks.find((m) => m.name === 'live-preview-requested' && m.t >= key);
      const res = req && marks.find((m) => m.name === 'live-preview-rendered' && m.t >= req.t);
      const painted = res && marks.find((m) => m.name === 'live-preview-painted' && m.t >= res.t);
      const frame = painted && marks.find((m) => m.name === 'frame' && m.t >= painted.t);
      return frame ? { key, req: req.t, res: res.t, frame: frame.t, changed: painted.changed ?? 0 } : null;
    },
    undefined,
    { timeout: 30_000, polling: 5 },
  );

const visibleFields = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('main input, main textarea')]
      .filter(
        (e) =>
          (e.type === 'text' || e.tagName === 'TEXTAREA') &&
          e.offsetParent !== null &&
          !e.disabled &&
          !e.readOnly &&
          !e.closest('[aria-hidden="true"]') &&
          !e.getAttribute('aria-hidden') &&
          e.labels?.[0]?.textContent,
      )
      .map((e, i) => {
        e.dataset.benchField = String(i);
        return { index: i, label: e.labels?.[0]?.textContent?.trim() ?? '' };
      }),
  );

const pagesShown = async (page: Page) =>
  Number(/(\d+)ページ/.exec(await page.locator('.live-preview [role="status"]').innerText())?.[1] ?? NaN);

/**
 * Opens `document` in the live preview and types into the fields of `screens` (navigation links)
 * until `count` edits of fields the document prints have been timed, one field after another.
 */
export async function measureLiveEdits(
  page: Page,
  options: { document: string; screens: string[]; count: number },
): Promise<LiveRun> {
  const select = page.getByRole('combobox', { name: '表示する書類' });
  if (!(await select.isVisible())) await page.getByRole('button', { name: '書類を見ながら入力' }).click();
  await select.click();
  await page.getByRole('option', { name: options.document, exact: true }).click();
  const preview = page.getByLabel('書類のライブプレビュー');
  await preview.locator('[data-page="1"] .textLayer span').first().waitFor({ timeout: 60_000 });
  await page.waitForTimeout(500);
  await install(page);

  const edits: EditTiming[] = [];
  const notPrinted = new Set<string>();
  const visits = new Map<string, number>();
  let progress = true;
  while (edits.length < options.count && progress) {
    progress = false;
    for (const screen of options.screens) {
      await page
        .getByRole('navigation', { name: '案件の入力項目' })
        .getByRole('button', { name: screen })
        .first()
        .click();
      await page.waitForTimeout(300);
      for (const { index, label } of await visibleFields(page)) {
        const id = `${screen}/${label}`;
        if (notPrinted.has(id) || edits.length >= options.count) continue;
        const input = page.locator(`[data-bench-field="${index}"]`);
        await input.click();
        await page.keyboard.press('End');
        // Leaving the last field may have changed it (a value tidied on blur) and started a render of
        // its own: let that one finish, as it would while a person reads the next field's label.
        await page.waitForTimeout(100);
        await page.waitForFunction(() => {
          // Nothing requested yet (the first field, nothing tidied) is nothing to wait for.
          const names = (window as unknown as Marks).__marks.map((m) => m.name);
          const requested = names.lastIndexOf('live-preview-requested');
          return requested < 0 || requested < names.lastIndexOf('frame');
        });
        const n = visits.get(id) ?? 0;
        visits.set(id, n + 1);
        // One keystroke, then the pause: typing '1' at the end, on the next visit taking it out again.
        // (A burst of keys would measure the harness too: on a loaded machine Playwright's keys can
        // come more than the debounce apart, and each gap starts a render of its own.)
        await page.keyboard.press(n % 2 === 0 ? '1' : 'Backspace');
        const r = await (await roundAfterLastKey(page)).jsonValue();
        if (!r) throw new Error('no repaint after the key');
        if (r.changed === 0) {
          notPrinted.add(id);
        } else {
          edits.push({
            field: id,
            total: r.frame - r.key,
            wait: r.req - r.key,
            render: r.res - r.req,
            paint: r.frame - r.res,
            changedPages: r.changed,
          });
          progress = true;
        }
        await page.waitForTimeout(150);
      }
    }
  }
  return { document: options.document, pages: await pagesShown(page), edits, notPrinted: [...notPrinted] };
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(s.length * p) - 1))] ?? NaN;
};

export function reportLiveRun(run: LiveRun, goal: number): string[] {
  const f = (xs: number[]) => `p50 ${pct(xs, 0.5).toFixed(0)} ms  p95 ${pct(xs, 0.95).toFixed(0)} ms`;
  const total = run.edits.map((e) => e.total);
  const fields = new Set(run.edits.map((e) => e.field)).size;
  return [
    `${run.document} (${run.pages} page${run.pages === 1 ? '' : 's'}), ${run.edits.length} edits of ${fields} fields:`,
    `  keystroke pause → repainted page  ${f(total)}  (goal p95 ≤ ${goal} ms: ${pct(total, 0.95) <= goal ? 'met' : 'MISSED'})`,
    `    typing pause (debounce)         ${f(run.edits.map((e) => e.wait))}`,
    `    render in main (via the bridge) ${f(run.edits.map((e) => e.render))}`,
    `    repaint (pdf.js, changed pages) ${f(run.edits.map((e) => e.paint))}`,
    `    pages repainted per edit        max ${Math.max(...run.edits.map((e) => e.changedPages))}`,
    `  fields on those screens it does not print: ${run.notPrinted.length}`,
  ];
}
