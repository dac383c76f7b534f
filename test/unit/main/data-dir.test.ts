import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataDirFrom } from '../../../src/main/data-dir.js';

describe('the data folder', () => {
  const local = '/home/user/.config/lgwan';
  it('is the local app-data folder unless told otherwise', () => {
    expect(dataDirFrom(['electron', '.'], {}, local)).toBe(local);
  });
  it('can be a shared folder, from a shortcut switch or the environment (the switch wins)', () => {
    expect(dataDirFrom(['app.exe', '--data-dir=/mnt/share/LGWAN'], {}, local)).toBe('/mnt/share/LGWAN');
    expect(dataDirFrom(['app.exe', '--data-dir', '/mnt/share/LGWAN'], {}, local)).toBe('/mnt/share/LGWAN');
    expect(dataDirFrom(['app.exe'], { LGWAN_ASP_DATA_DIR: ' /mnt/share/env ' }, local)).toBe(
      '/mnt/share/env',
    );
    expect(dataDirFrom(['app.exe', '--data-dir=/mnt/a'], { LGWAN_ASP_DATA_DIR: '/mnt/b' }, local)).toBe(
      '/mnt/a',
    );
    expect(dataDirFrom(['app.exe', '--data-dir=shared'], {}, local)).toBe(resolve('shared'));
  });
});
