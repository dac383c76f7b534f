// The two engines under @react-pdf/renderer that engine-speedups.ts reaches into; neither ships types.
declare module 'fontkit' {
  export function create(buffer: Uint8Array, postscriptName?: string): object;
}
declare module 'pdfkit' {
  const PDFDocument: { prototype: object };
  export default PDFDocument;
}
