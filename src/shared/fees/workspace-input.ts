import type { HoService, Workspace } from '../model/index.js';
import type { FeeInput } from './input.js';

/**
 * The calculator's input for one hosting service of a workspace, shared by the 料金試算 page and
 * the 料金試算書 (forms/fee-estimate). A category ① body whose name ends in 都・道・府・県 is priced as
 * a prefecture, any other local government as a municipality (the fee table's columns).
 */
export function feeInputOf(workspace: Workspace, ho: HoService): FeeInput {
  const { provider } = workspace;
  const providerType =
    provider.category === '1'
      ? /[都道府県]$/.test(provider.name)
        ? 'prefecture'
        : 'municipality'
      : 'private';
  const hosted = workspace.services.filter((s) => s.kind === 'AP' && ho.hostedApIds.includes(s.id));
  const protocolAdditions =
    ho.extraProtocols.length +
    hosted.reduce((n, s) => n + (s.kind === 'AP' ? s.extraProtocols.length : 0), 0);
  return {
    providerType,
    area: ho.area ?? 'single',
    // The fee table's 「自団体のLGWAN接続ルータ」 is a connected body's own router; every other pattern
    // uses a router set up for the ASP (whoever procures it).
    router: ho.pattern === 'connected-body-router' ? 'own' : 'asp',
    ...(ho.bandwidth ? { bandwidth: ho.bandwidth } : {}),
    routers: ho.routerCount,
    settings: 1,
    ipAddresses: ho.ipAddressCount,
    certificates: ho.certificateCount,
    protocolAdditions,
  };
}
