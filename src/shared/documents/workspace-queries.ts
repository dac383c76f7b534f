import type { Service, ServiceOf, Workspace } from '../model/index.js';

/** Services of one kind, narrowed to that kind's shape. */
export const servicesOf = <K extends Service['kind']>(ws: Workspace, kind: K): ServiceOf<K>[] =>
  ws.services.filter((s): s is ServiceOf<K> => s.kind === kind);

/** Services still to be applied for: only these get application forms. */
export const planned = <K extends Service['kind']>(ws: Workspace, kind: K): ServiceOf<K>[] =>
  servicesOf(ws, kind).filter((s) => s.status === 'planned');

/** Services being ended: these get the cancellation forms. */
export const cancelling = <K extends Service['kind']>(ws: Workspace, kind: K): ServiceOf<K>[] =>
  servicesOf(ws, kind).filter((s) => s.status === 'cancelling');

export { serviceName } from './format.js';
