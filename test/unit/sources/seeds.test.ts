import { existsSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SEED_FILES, describeSource } from '../../../src/shared/sources/seeds.js';

describe('source citations shown to people', () => {
  it('names each seed file by its document title, keeping the section', () => {
    expect(describeSource('002_0f100134b4811c0f.txt §5.1.1(1)')).toBe(
      '総合行政ネットワークASPガイドライン §5.1.1(1)',
    );
    expect(describeSource('001_5b371a93b315b6e8.txt 減額制度、002_0f100134b4811c0f.txt 表5-1')).toBe(
      'LGWAN-ASP参入セミナー資料（令和3年1月） 減額制度、総合行政ネットワークASPガイドライン 表5-1',
    );
  });
  it('leaves other text alone', () => {
    expect(describeSource('DESIGN §5')).toBe('DESIGN §5');
  });
  // The seeds sit beside the checkout (shared/), as on the developers' and CI machines.
  it.skipIf(!existsSync('../shared/seeds'))('knows every seed file that exists', () => {
    const seeds = readdirSync('../shared/seeds').filter((f) => f.endsWith('.txt'));
    expect(Object.values(SEED_FILES).sort()).toEqual(seeds.sort());
  });
});
