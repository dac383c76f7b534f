import type { Provider } from '../model/provider.js';
import type { HoService, Service } from '../model/services.js';
import type { Workspace } from '../model/workspace.js';
import type { FeeInput } from './input.js';
import type { FeeProviderType } from './schema.js';

/** Either the calculator input for one hosting service, or what the user still has to enter. */
export type HostingFeeInput =
  { ok: true; input: FeeInput } | { ok: false; missing: { path: string; label: string }[] };

const providerType = (provider: Provider): FeeProviderType | null => {
  if (provider.category === null) return null;
  // The fee table (001 接続料金 (1)) has columns for 民間事業者 and for local governments only;
  // every provider that is not a local government (② – ⑦) pays as 民間事業者.
  if (provider.category !== '1') return 'private';
  return provider.localGovernmentType;
};

/** Protocols beyond HTTP/HTTPS, each once as 「PROTOCOL/port」, across the hosting and its APs. */
export const protocolKeys = (ho: HoService, services: readonly Service[]): Set<string> => {
  const entries = [...ho.extraProtocols];
  for (const s of services) {
    if (s.kind === 'AP' && ho.hostedApIds.includes(s.id)) entries.push(...s.extraProtocols);
  }
  const keys = new Set<string>();
  for (const entry of entries) {
    if (entry.protocol.trim() === '' && entry.port.trim() === '') continue;
    keys.add(`${entry.protocol.trim().toUpperCase()}/${entry.port.trim()}`);
  }
  return keys;
};

/** Protocols beyond HTTP/HTTPS, counted once per protocol/port across the hosting and its APs. */
export const protocolAdditions = (ho: HoService, services: readonly Service[]): number =>
  protocolKeys(ho, services).size;

/**
 * Maps a workspace's hosting service onto the fee calculator: one source of truth for the
 * 料金試算 page, the 料金試算書 PDF and the fee-reduction form.
 */
export const feeInputForHosting = (workspace: Workspace, ho: HoService): HostingFeeInput => {
  const base = `services.${ho.id}`;
  const missing: { path: string; label: string }[] = [];
  const type = providerType(workspace.provider);
  if (type === null) {
    missing.push(
      workspace.provider.category === '1'
        ? { path: 'provider.localGovernmentType', label: '地方公共団体の種別（都道府県／市町村等）' }
        : { path: 'provider.category', label: '提供者の区分' },
    );
  }
  if (ho.area === null) missing.push({ path: `${base}.area`, label: 'サービス提供地域' });
  if (missing.length > 0 || type === null || ho.area === null) return { ok: false, missing };

  const input: FeeInput = {
    providerType: type,
    area: ho.area,
    router: ho.routerOwnership,
    routers: ho.routerCount,
    settings: 1,
    ipAddresses: ho.ipAddressCount,
    certificates: ho.certificateCount,
    protocolAdditions: protocolAdditions(ho, workspace.services),
  };
  if (ho.bandwidth !== null) input.bandwidth = ho.bandwidth;
  if (ho.secondaryBandwidth !== null) input.redundantLine = { bandwidth: ho.secondaryBandwidth };
  return { ok: true, input };
};
