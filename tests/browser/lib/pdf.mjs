// The text of a PDF the product generated (a beschikking, an agenda), page by page, to assert what the reader gets.
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

export async function pdfTekst(bytes) {
  const document = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: true, isEvalSupported: false }).promise;
  const paginas = [];
  for (let nummer = 1; nummer <= document.numPages; nummer++) {
    const inhoud = await (await document.getPage(nummer)).getTextContent();
    paginas.push(inhoud.items.map((item) => item.str).join(' '));
  }
  await document.destroy();
  return paginas.join('\n').replace(/\s+/g, ' ');
}
