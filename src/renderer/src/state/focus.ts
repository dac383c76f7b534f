import { splitPath } from './paths.js';

const find = (path: string): HTMLElement | null =>
  document.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`);

const focus = (target: HTMLElement): void => {
  // Groups (radio sets, attachment slots) carry the path; their first control takes focus.
  const control = target.matches('input, select, textarea, button, a[href], [tabindex]')
    ? target
    : (target.querySelector<HTMLElement>('input:checked, input, select, textarea, button') ?? target);
  control.scrollIntoView({ block: 'center' });
  control.focus();
};

/**
 * Moves keyboard focus to the control bound to a data path once its page has rendered (waiting a
 * few frames for it). A finding about a whole group (`contacts.regularRoute`) goes to the group's
 * first field; one below anything with a control of its own goes to its nearest bound ancestor.
 */
export const focusPath = (path: string, framesLeft = 10): void => {
  const exact = find(path);
  if (exact) return focus(exact);
  if (framesLeft > 0) {
    requestAnimationFrame(() => focusPath(path, framesLeft - 1));
    return;
  }
  const inside = document.querySelector<HTMLElement>(`[data-path^="${CSS.escape(`${path}.`)}"]`);
  if (inside) return focus(inside);
  const segments = splitPath(path);
  for (let n = segments.length - 1; n > 0; n--) {
    const ancestor = find(segments.slice(0, n).join('.'));
    if (ancestor) return focus(ancestor);
  }
};
