import { ATTACHMENT_ENTRY, MANIFEST_NAME, WORKSPACE_ENTRY } from './format.js';

/**
 * Why an entry name must not be extracted, or null when it is one of the names a bundle holds.
 * The specific reasons come first so the message says what was wrong (path traversal, an
 * absolute path…), then the allow-list catches everything else.
 */
export const refuseEntryName = (name: string): string | null => {
  if (name.length === 0) return '名前のない項目があります';
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(name)) return '制御文字（NULなど）を含む名前があります';
  if (name.includes('\\'))
    return '「\\」を含む名前があります（Windowsのパス区切りによるフォルダ外への書き込みの恐れ）';
  if (/^[A-Za-z]:/.test(name)) return 'ドライブ名で始まる絶対パスがあります';
  if (name.startsWith('/')) return '絶対パス（「/」で始まる名前）があります';
  const segments = name.split('/');
  if (segments.some((s) => s === '..')) return '「..」を含む名前があります（フォルダ外への書き込みの恐れ）';
  if (segments.some((s) => s === '.' || s === '')) return '「.」や空のフォルダ名を含む名前があります';
  if (name.endsWith('/')) return 'フォルダの項目があります';
  if (name !== name.normalize('NFC') || /[^\x20-\x7e]/.test(name)) return '想定外の文字を含む名前があります';
  if (name === MANIFEST_NAME || WORKSPACE_ENTRY.test(name) || ATTACHMENT_ENTRY.test(name)) return null;
  return `想定外の項目があります`;
};

/** Key two names collide under: same letters ignoring case and Unicode normalisation form. */
export const collisionKey = (name: string): string => name.normalize('NFKC').toLowerCase();
