import { describe, expect, it } from 'vitest';
import { parseCloze } from '../../../shared/quiz/parseCloze';

describe('parseCloze', () => {
  it('reads each bracket as a blank with its accepted answers, and keeps the words around them', () => {
    expect(parseCloze('Le manager [écoute | écoute active] puis il [reformule].')).toEqual({
      parts: [{ text: 'Le manager ' }, { blank: 0 }, { text: ' puis il ' }, { blank: 1 }, { text: '.' }],
      blanks: [['écoute', 'écoute active'], ['reformule']],
    });
  });

  it('keeps an empty blank (for the checks to report) and text with no blank as plain text', () => {
    expect(parseCloze('[] et [ | ]').blanks).toEqual([[], []]);
    expect(parseCloze('Pas de trou ici')).toEqual({ parts: [{ text: 'Pas de trou ici' }], blanks: [] });
    expect(parseCloze('[a] [b]').parts).toEqual([{ blank: 0 }, { text: ' ' }, { blank: 1 }]);
  });
});
