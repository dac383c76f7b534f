import { splitPath } from './paths.js';

const find = (path: string): HTMLElement | null =>
  document.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`);

/**
 * Moves keyboard focus to the control bound to a data path once its page has rendered. A finding
 * may point below what has its own control (e.g. a list), so the nearest bound ancestor path wins.
 */
export const focusPath = (path: string, framesLeft = 10): void => {
  const segments = splitPath(path);
  for (let n = segments.length; n > 0; n--) {
    const target = find(segments.slice(0, n).join('.'));
    if (target && (n === segments.length || framesLeft === 0)) {
      // Groups (radio sets, attachment slots) carry the path; their first control takes focus.
      const control = target.matches('input, select, textarea, button, a[href], [tabindex]')
        ? target
        : (target.querySelector<HTMLElement>('input:checked, input, select, textarea, button') ?? target);
      control.scrollIntoView({ block: 'center' });
      control.focus();
      return;
    }
  }
  if (framesLeft > 0) requestAnimationFrame(() => focusPath(path, framesLeft - 1));
};
