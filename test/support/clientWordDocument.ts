import { AlignmentType, Document, HeadingLevel, ImageRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

/** A 1×1 transparent PNG. */
export const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

const cell = (text: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text, bold })] })] });

/** A Word document as a client writes one: title, headings, text, a list, a table, a script table and a picture. */
export async function clientDocument(): Promise<Buffer> {
  const document = new Document({
    numbering: { config: [{ reference: 'bullets', levels: [{ level: 0, format: 'bullet', text: '•', alignment: AlignmentType.LEFT }] }] },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Procédure de sécurité, version 3' }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Accueil au poste' }),
          new Paragraph({ text: 'Ce module présente le poste.' }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Les équipements' }),
          new Paragraph({ children: [new TextRun('Porter '), new TextRun({ text: 'toujours', bold: true }), new TextRun(' ses gants.')] }),
          new Paragraph({ heading: HeadingLevel.HEADING_3, text: 'À vérifier' }),
          new Paragraph({ text: 'Gants', numbering: { reference: 'bullets', level: 0 } }),
          new Paragraph({ text: 'Lunettes', numbering: { reference: 'bullets', level: 0 } }),
          new Table({ rows: [new TableRow({ children: [cell('Zone', true), cell('Risque', true)] }), new TableRow({ children: [cell('Presse'), cell('Écrasement')] })] }),
          new Paragraph({ children: [new ImageRun({ type: 'png', data: PNG, transformation: { width: 20, height: 20 }, altText: { name: 'gants', description: 'Une paire de gants de protection', title: 'gants' } })] }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'La vidéo d’accueil' }),
          new Table({
            rows: [
              new TableRow({ children: [cell('Narration', true), cell('À l’écran', true)] }),
              new TableRow({ children: [cell('Bienvenue dans l’atelier.'), cell('Plan large de l’atelier.')] }),
              new TableRow({ children: [cell('Voici votre poste.'), cell('Gros plan sur la presse.')] }),
            ],
          }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'En cas d’incident' }),
          new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Alerter' }),
          new Paragraph({ text: 'Appeler le 18.' }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

