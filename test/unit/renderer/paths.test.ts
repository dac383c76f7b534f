import { describe, expect, it } from 'vitest';
import { ServiceSchema } from '../../../src/shared/model/services.js';
import { createWorkspace } from '../../../src/shared/model/workspace.js';
import { getAt, setAt } from '../../../src/renderer/src/state/paths.js';
import { sectionForPath } from '../../../src/renderer/src/state/sections.js';
import { inSlot, slotsFor } from '../../../src/renderer/src/features/attachments/slots.js';

const withServices = () => {
  const ws = createWorkspace('テスト', new Date('2026-11-22T00:00:00Z'));
  const ho = ServiceSchema.parse({ id: 'ho-1', kind: 'HO', name: 'ホスティング' });
  const fa = ServiceSchema.parse({ id: 'fa-1', kind: 'FA', name: 'ファシリティ' });
  return { ...ws, services: [ho, fa] };
};

// Field paths are the rules engine's finding paths: services by id, so they survive reordering.
describe('data paths', () => {
  it('reads and writes a service field by the service id, not its position', () => {
    const ws = withServices();
    expect(getAt(ws, 'services.fa-1.name')).toBe('ファシリティ');
    const next = setAt(ws, 'services.fa-1.name', '第一データセンター');
    expect(getAt(next, 'services.fa-1.name')).toBe('第一データセンター');
    expect(getAt(ws, 'services.fa-1.name')).toBe('ファシリティ');
    // Untouched parts are shared, so React and the autosave see only what changed.
    expect(next.services[0]).toBe(ws.services[0]);
    expect(next.provider).toBe(ws.provider);
    const reordered = { ...next, services: [...next.services].reverse() };
    expect(getAt(reordered, 'services.fa-1.name')).toBe('第一データセンター');
  });

  it('writes nested objects and list rows by index', () => {
    const ws = withServices();
    const next = setAt(ws, 'services.ho-1.extraProtocols', [
      { protocol: 'SSH', port: '22', purpose: '保守' },
    ]);
    expect(
      getAt(
        setAt(next, 'services.ho-1.extraProtocols.0.port', '2222'),
        'services.ho-1.extraProtocols.0.port',
      ),
    ).toBe('2222');
    expect(getAt(setAt(ws, 'provider.address.postalCode', '102-8419'), 'provider.address.postalCode')).toBe(
      '102-8419',
    );
  });

  it('ignores a path to a service that no longer exists instead of inventing one', () => {
    const ws = withServices();
    expect(setAt(ws, 'services.gone.name', 'x').services).toEqual(ws.services);
    expect(getAt(ws, 'services.gone.name')).toBeUndefined();
  });
});

describe('where a finding takes the user', () => {
  it.each([
    ['provider.name', { page: 'provider' }],
    ['applicant.delegation.date', { page: 'applicant' }],
    ['contacts.emergencyRoute.outOfHoursPhone', { page: 'contacts' }],
    ['procedure.changeDate', { page: 'procedure' }],
    ['mailing.postalCode', { page: 'procedure' }],
    ['services.ho-1.desiredConnectionDate', { page: 'service', serviceId: 'ho-1' }],
    ['attachments.slot.fa-1.facility-photo.power', { page: 'service', serviceId: 'fa-1' }],
    ['attachments.a1.caption', { page: 'attachments' }],
  ])('%s', (path, section) => expect(sectionForPath(path)).toEqual(section));
});

describe('attachment checklist', () => {
  it('asks a facility for a photo of each of the five requirement areas, with the engine’s slot paths', () => {
    const ws = withServices();
    const slots = slotsFor(ws.services[1]!, ws);
    expect(slots.filter((s) => s.required).map((s) => s.path)).toEqual([
      'attachments.slot.fa-1.facility-photo.installation',
      'attachments.slot.fa-1.facility-photo.power',
      'attachments.slot.fa-1.facility-photo.air-conditioning',
      'attachments.slot.fa-1.facility-photo.monitoring',
      'attachments.slot.fa-1.facility-photo.earthquake',
    ]);
    const photo = { serviceId: 'fa-1', kind: 'facility-photo', area: 'power' } as Parameters<
      typeof inSlot
    >[0];
    expect(slots.filter((s) => inSlot(photo, s)).map((s) => s.area)).toEqual(['power']);
  });

  it('asks a hosting service for its network topology', () => {
    const ws = withServices();
    expect(slotsFor(ws.services[0]!, ws).map((s) => [s.path, s.required])).toEqual([
      ['attachments.slot.ho-1.network-topology', true],
      // The connection application binds in other material too (its `encloses`).
      ['attachments.slot.ho-1.other', false],
    ]);
  });
});
