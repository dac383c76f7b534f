/**
 * The one rule for every file name main writes from user data (an attachment copied out to be
 * opened, saved PDFs, anything later): the renderer and imported bundles control titles and
 * original names, Windows decides what program runs a file from its extension, so the extension
 * always comes from what the bytes are and the base name can never be a device, a path or a
 * name Explorer shows differently from what it is.
 */

/** The types main ever writes for the user, with the extension Windows opens them by. */
const EXTENSIONS = {
  'image/jpeg': '.jpg',
  'image/png': '.png',
  'application/pdf': '.pdf',
} as const;
export type WritableMediaType = keyof typeof EXTENSIONS;

/** Longest base name kept (code points): paths stay well under Windows' 260-character limit. */
export const MAX_BASE_NAME = 80;

// Devices Windows opens instead of a file, with or without an extension (`CON.txt` is CON too);
// the superscript digits count as well.
const RESERVED = /^(con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³])$/i;
// Refused by Windows in names (and path separators on every system).
const FORBIDDEN = new Set('<>:"/\\|?*');
// Control and format characters: C0/C1 controls, and invisible marks such as U+202E (right-to-left
// override, which makes `gpj.exe` display as `exe.jpg`), zero-width and line/paragraph separators.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

export const isWritableMediaType = (type: string): type is WritableMediaType =>
  Object.prototype.hasOwnProperty.call(EXTENSIONS, type);

export const extensionFor = (mediaType: WritableMediaType): string => EXTENSIONS[mediaType];

/** Drops the last extension a name came with (`photo.js` → `photo`); ours is added afterwards. */
export const withoutExtension = (name: string): string => {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
};

/**
 * A base name safe on Windows, macOS and Linux: forbidden and invisible characters become 「_」,
 * runs of spaces one space, no leading/trailing dots or spaces, at most {@link MAX_BASE_NAME}
 * code points (never half a surrogate pair), reserved device names prefixed with 「_」. Empty
 * results give `fallback`.
 */
export const safeBaseName = (name: string, fallback: string, maxLength = MAX_BASE_NAME): string => {
  const cleaned = Array.from(name.normalize('NFC'), (c) =>
    FORBIDDEN.has(c) || INVISIBLE.test(c) ? '_' : /\s/u.test(c) ? ' ' : c,
  )
    .join('')
    .replace(/ {2,}/g, ' ');
  const trim = (s: string): string => s.replace(/^[. ]+|[. ]+$/g, '');
  let base = trim(Array.from(trim(cleaned)).slice(0, maxLength).join(''));
  if (base === '') base = trim(fallback) || 'file';
  // `CON`, `con.report`, `LPT1 ` are all the device: Windows looks at the part before the first dot.
  const stem = base.split('.')[0]?.trimEnd() ?? base;
  return RESERVED.test(stem) ? `_${base}` : base;
};

/**
 * The whole file name: a safe base and the extension of what the bytes are. Pass a title as is;
 * pass a file's original name through {@link withoutExtension} first, so its own extension can
 * never reach Windows: `safeFileName(withoutExtension('photo.js'), 'image/jpeg')` → `photo.jpg`.
 */
export const safeFileName = (base: string, mediaType: WritableMediaType, fallback = 'file'): string =>
  `${safeBaseName(base, fallback)}${extensionFor(mediaType)}`;
