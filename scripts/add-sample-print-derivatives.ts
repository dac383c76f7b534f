// Gives every image attachment of the bundled samples its print derivative, as attaching in the app
// does (normalise-image.ts: EXIF rotation, fitted to the packet's photo box, JPEG), stored beside the
// original as `<sha256>.jpg` and recorded in the attachment's `print`. Without it the first render
// of a sample would convert each photo again. Run after make-attachments.ts:
//   npx tsx scripts/add-sample-print-derivatives.ts
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { normaliseImage } from '../src/main/services/attachments/normalise-image.js';

const DIR = 'forms/samples';
const FILES = join(DIR, 'attachments');

interface RawAttachment {
  file: { sha256: string; originalName: string; mediaType: string };
  print?: { sha256: string; width: number; height: number };
  [key: string]: unknown;
}

const names = await readdir(FILES);
for (const sample of (await readdir(DIR)).filter((n) => /^sample-.*\.json$/.test(n))) {
  const path = join(DIR, sample);
  let text = await readFile(path, 'utf8');
  const workspace = JSON.parse(text) as { attachments: RawAttachment[] };
  let added = 0;
  for (const attachment of workspace.attachments) {
    if (!attachment.file.mediaType.startsWith('image/') || attachment.print) continue;
    const source = names.find((n) => n.startsWith(`${attachment.file.sha256}.`));
    if (!source) throw new Error(`${sample}: ${attachment.file.originalName} の元ファイルがありません`);
    const print = await normaliseImage(await readFile(join(FILES, source)), attachment.file.originalName);
    const sha256 = createHash('sha256').update(print.bytes).digest('hex');
    await writeFile(join(FILES, `${sha256}.jpg`), print.bytes);
    // Inserted as text right after the attachment's `file` object (which holds no nested object),
    // where the app writes it, so the rest of the hand-formatted sample stays as it is.
    const at = text.indexOf('}', text.indexOf(`"sha256": "${attachment.file.sha256}"`)) + 1;
    const entry = [`"sha256": "${sha256}"`, `"width": ${print.width}`, `"height": ${print.height}`];
    text = `${text.slice(0, at)},\n      "print": {\n        ${entry.join(',\n        ')}\n      }${text.slice(at)}`;
    added += 1;
  }
  await writeFile(path, text);
  console.log(`${sample}: ${added} print derivatives added`);
}
