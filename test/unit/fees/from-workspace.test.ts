import { describe, expect, it } from 'vitest';
import { estimateFees } from '../../../src/shared/fees/index.js';
import { feeInputForHosting } from '../../../src/shared/fees/from-workspace.js';
import {
  WorkspaceSchema,
  createWorkspace,
  type HoService,
  type Workspace,
} from '../../../src/shared/model/index.js';

const withHosting = (patch: Partial<HoService>, provider: Partial<Workspace['provider']> = {}): Workspace => {
  const ws = createWorkspace('料金');
  return WorkspaceSchema.parse({
    ...ws,
    provider: { ...ws.provider, category: '6', ...provider },
    services: [
      {
        id: 'ho',
        kind: 'HO',
        area: 'multi',
        bandwidth: '100M',
        routerCount: 2,
        ipAddressCount: 2,
        hostedApIds: ['ap'],
        ...patch,
      },
      { id: 'ap', kind: 'AP', extraProtocols: [{ protocol: 'SFTP', port: '22' }] },
    ],
  });
};
const ho = (ws: Workspace) => ws.services.find((s): s is HoService => s.kind === 'HO')!;

// 001 LGWAN-ASP接続料金について(1)(2): the workspace feeds the calculator the same figures as the CLI.
describe('fee input from a workspace hosting service', () => {
  it('a private provider with a multi-prefecture service pays as 民間事業者 with an ASP router', () => {
    const ws = withHosting({});
    const result = feeInputForHosting(ws, ho(ws));
    expect(result).toEqual({
      ok: true,
      input: {
        providerType: 'private',
        area: 'multi',
        router: 'asp',
        routers: 2,
        bandwidth: '100M',
        settings: 1,
        ipAddresses: 2,
        certificates: 0,
        protocolAdditions: 1,
      },
    });
    if (result.ok) expect(estimateFees(result.input).annual.total).toBeGreaterThan(0);
  });

  it('counts a protocol used by the hosting and its AP once', () => {
    const ws = withHosting({
      extraProtocols: [
        { protocol: 'sftp', port: '22', purpose: '' },
        { protocol: 'SMTP', port: '25', purpose: '' },
      ],
    });
    const result = feeInputForHosting(ws, ho(ws));
    expect(result.ok && result.input.protocolAdditions).toBe(2);
  });

  it('asks which kind of local government a category ① provider is', () => {
    const ws = withHosting({ area: 'own', routerOwnership: 'own' }, { category: '1' });
    expect(feeInputForHosting(ws, ho(ws))).toEqual({
      ok: false,
      missing: [{ path: 'provider.localGovernmentType', label: '地方公共団体の種別（都道府県／市町村等）' }],
    });
    const municipal = withHosting(
      { area: 'own', routerOwnership: 'own' },
      { category: '1', localGovernmentType: 'municipality' },
    );
    const result = feeInputForHosting(municipal, ho(municipal));
    expect(result.ok && result.input).toMatchObject({
      providerType: 'municipality',
      area: 'own',
      router: 'own',
    });
  });

  it('names the missing service area instead of guessing', () => {
    const ws = withHosting({ area: null });
    expect(feeInputForHosting(ws, ho(ws))).toEqual({
      ok: false,
      missing: [{ path: 'services.ho.area', label: 'サービス提供地域' }],
    });
  });

  it('passes a redundant secondary line so the dearer line is billed (note 1)', () => {
    const ws = withHosting({ secondaryBandwidth: '1G' });
    const result = feeInputForHosting(ws, ho(ws));
    expect(result.ok && result.input.redundantLine).toEqual({ bandwidth: '1G' });
  });
});
