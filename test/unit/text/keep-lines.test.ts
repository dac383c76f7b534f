/**
 * Breaks a J-LIS reviewer would return: a person's name split between lines (「齋藤」/「﨑太郎」), and an
 * opening bracket left at a line end in a label cell (「受領者（」/「担当者）」).
 */
import { describe, expect, it } from 'vitest';
import { fitText, layoutLines } from '../../../src/shared/text/fit.js';
import { fitLabel, wordUnits } from '../../../src/shared/text/word-lines.js';

/** The applicant block's person box beside the 印 box (PartyBlock), as FieldText measures it. */
const PERSON_BOX_MM = 59 * 0.985;

describe('names kept whole', () => {
  const text = '代表取締役社長執行役員兼\u3000齋藤 﨑太郎';

  it('splits the name without being told (the case the form must avoid)', () => {
    expect(layoutLines(text, PERSON_BOX_MM, 10.5)).toEqual(['代表取締役社長執行役員兼\u3000齋藤', '﨑太郎']);
  });

  it('moves the whole name to the next line when it is kept', () => {
    expect(layoutLines(text, PERSON_BOX_MM, 10.5, 'serif-400', ['齋藤 﨑太郎'])).toEqual([
      '代表取締役社長執行役員兼',
      '齋藤 﨑太郎',
    ]);
  });

  it('keeps 禁則 around a kept name: the closing bracket stays with the reading', () => {
    const lines = layoutLines('髙橋 一郎（タカハシ イチロウ）', 30, 10.5, 'serif-400', [
      '髙橋 一郎',
      'タカハシ イチロウ',
    ]);
    expect(lines).toEqual(['髙橋 一郎', '（タカハシ イチロウ）']);
  });

  it('shrinks rather than break a name wider than the box', () => {
    const fit = fitText({
      text: '齋藤﨑太郎右衛門',
      widthMm: 25,
      fontSizePt: 10.5,
      maxLines: 2,
      keep: ['齋藤﨑太郎右衛門'],
    });
    expect(fit.fits).toBe(true);
    expect(fit.lines).toEqual(['齋藤﨑太郎右衛門']);
    expect(fit.fontSizePt).toBeLessThan(10.5);
  });
});

describe('label cells and brackets', () => {
  it('breaks before an opening bracket, never after it', () => {
    expect(wordUnits('受領者（担当者）')).toEqual(['受領者', '（担当者）']);
    expect(fitLabel('受領者（担当者）', 18.1, 10.5, 'serif-400').lines).toEqual(['受領者', '（担当者）']);
  });
});
