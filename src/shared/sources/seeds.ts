/**
 * The J-LIS source documents (shared/seeds, see its README). Code and tests cite them by file
 * name + section, which is exact; people read a document title, so everything shown on screen or
 * printed goes through `describeSource`.
 */
export const SEED_FILES = {
  seminar2018: '000_768f57b56e1ca9c0.txt',
  seminar2021: '001_5b371a93b315b6e8.txt',
  guideline: '002_0f100134b4811c0f.txt',
  faq: '003_c83b372f8914a9fb.txt',
  overview: '004_6d1487744cabc1c0.txt',
} as const;

export const SEED_TITLES: Record<string, string> = {
  [SEED_FILES.seminar2018]: 'LGWAN-ASP参入セミナー資料（平成30年10月）',
  [SEED_FILES.seminar2021]: 'LGWAN-ASP参入セミナー資料（令和3年1月）',
  [SEED_FILES.guideline]: '総合行政ネットワークASPガイドライン',
  [SEED_FILES.faq]: 'LGWAN FAQ（月刊J-LIS No.184）',
  [SEED_FILES.overview]: '総合行政ネットワーク（LGWAN）の概要（平成30年4月）',
};

const SEED_FILE_PATTERN = /\b(00[0-4]_[0-9a-f]{16})\.txt\b/g;

/** `002_0f100134b4811c0f.txt §5.1.1(1)` → `総合行政ネットワークASPガイドライン §5.1.1(1)`. */
export const describeSource = (source: string): string =>
  source.replace(SEED_FILE_PATTERN, (file: string) => SEED_TITLES[file] ?? file);
