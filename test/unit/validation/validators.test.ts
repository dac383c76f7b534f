import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  corporateNumberCheckDigit,
  validateCorporateNumber,
} from '../../../src/shared/validation/corporate-number.js';
import { checkEmail } from '../../../src/shared/validation/email.js';
import { checkIsoDate } from '../../../src/shared/validation/iso-date.js';
import { checkKatakana } from '../../../src/shared/validation/kana.js';
import {
  findMachineDependent,
  replaceMachineDependent,
} from '../../../src/shared/validation/machine-dependent.js';
import { checkPhone } from '../../../src/shared/validation/phone.js';
import { checkPostalCode } from '../../../src/shared/validation/postal-code.js';
import { checkAspCode } from '../../../src/shared/validation/asp-code.js';
import { isPrefecture, PREFECTURES } from '../../../src/shared/validation/prefecture.js';

describe('法人番号', () => {
  // 国税庁's own number as published on 法人番号公表サイト.
  it('accepts a real number', () => {
    expect(validateCorporateNumber('7000012050002')).toBeUndefined();
  });

  it('refuses a wrong check digit and says how to verify', () => {
    expect(validateCorporateNumber('1000012050002')).toMatchObject({
      code: 'corporate-number.check-digit',
      message: expect.stringContaining('国税庁法人番号公表サイト'),
    });
  });

  it('offers the ASCII form of a number pasted with full-width digits and separators', () => {
    expect(validateCorporateNumber('７０００-０１２０-５０００２')).toMatchObject({
      suggestion: '7000012050002',
    });
  });

  it('refuses the wrong length', () => {
    expect(validateCorporateNumber('700001205000')?.code).toBe('corporate-number.length');
  });

  it('accepts every base with its computed check digit and refuses every other digit', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9]{12}$/), fc.integer({ min: 1, max: 9 }), (base, wrong) => {
        const digit = corporateNumberCheckDigit(base) ?? -1;
        expect(validateCorporateNumber(`${digit}${base}`)).toBeUndefined();
        if (wrong !== digit) expect(validateCorporateNumber(`${wrong}${base}`)).toBeDefined();
      }),
    );
  });
});

describe('郵便番号', () => {
  it('accepts NNN-NNNN', () => expect(checkPostalCode('102-8419')).toBeUndefined());
  it.each([
    ['1028419', '102-8419'],
    ['１０２－８４１９', '102-8419'],
    ['〒102-8419', '102-8419'],
  ])('offers %s as %s', (input, suggestion) => {
    expect(checkPostalCode(input)?.suggestion).toBe(suggestion);
  });
  it('refuses six digits without a suggestion', () => {
    const p = checkPostalCode('102-841');
    expect(p?.suggestion).toBeUndefined();
    expect(p?.message).toMatch(/7桁/);
  });
});

describe('電話番号', () => {
  it.each([
    '03-5214-8000',
    '0120-123-456',
    '090-1234-5678',
    '03(5214)8000',
    '0352148000',
    '03-5214-8000 内線123',
  ])('accepts %s', (n) => expect(checkPhone(n)).toBeUndefined());
  it('offers the half-width form of a full-width number', () => {
    expect(checkPhone('０３－５２１４－８０００')?.suggestion).toBe('03-5214-8000');
  });
  it.each(['5214-8000', '03-5214-80', '03-5214-80000-1', 'なし'])('refuses %s', (n) => {
    expect(checkPhone(n)?.code).toBe('phone.invalid');
  });
});

describe('メールアドレス', () => {
  it.each(['taro@example.lg.jp', 'asp-desk+lgwan@example.co.jp'])('accepts %s', (m) =>
    expect(checkEmail(m)).toBeUndefined(),
  );
  it('offers the half-width form', () => {
    expect(checkEmail('ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ')?.suggestion).toBe('taro@example.jp');
  });
  it.each(['taro@', 'taro@example', 'taro@@example.jp', 'taro..x@example.jp', 'たろう@example.jp'])(
    'refuses %s',
    (m) => expect(checkEmail(m)?.code).toBe('email.invalid'),
  );
});

describe('フリガナ', () => {
  it('accepts full-width katakana with spaces, ー and ・', () => {
    expect(checkKatakana('サンプル・システムズ　カブシキガイシャ')).toBeUndefined();
    expect(checkKatakana('ヴァイオレット ケース')).toBeUndefined();
  });
  it('offers the NFKC form of half-width kana', () => {
    expect(checkKatakana('ｻﾝﾌﾟﾙ ｼｽﾃﾑｽﾞ')).toMatchObject({
      code: 'kana.halfwidth',
      suggestion: 'サンプル システムズ',
    });
  });
  it('offers katakana for hiragana', () => {
    expect(checkKatakana('やまだ　たろう')).toMatchObject({
      code: 'kana.hiragana',
      suggestion: 'ヤマダ　タロウ',
    });
  });
  it('refuses kanji and Latin letters', () => {
    expect(checkKatakana('山田　タロウ')?.code).toBe('kana.invalid');
    expect(checkKatakana('ABCシステム')?.code).toBe('kana.invalid');
  });
});

describe('日付', () => {
  it('accepts real dates', () => expect(checkIsoDate('2028-02-29')).toBeUndefined());
  it.each(['2027-02-29', '2027-13-01', '2027/04/01', '令和9年4月1日'])('refuses %s', (d) => {
    expect(checkIsoDate(d)?.code).toBe('date.invalid');
  });
});

describe('機種依存文字', () => {
  it('finds each distinct one with a plain replacement', () => {
    expect(findMachineDependent('①㈱サンプル①㍻Ⅲ期 ㎡ №1')).toEqual([
      { char: '①', replacement: '(1)' },
      { char: '㈱', replacement: '（株）' },
      { char: '㍻', replacement: '平成' },
      { char: 'Ⅲ', replacement: 'III' },
      { char: '㎡', replacement: 'm2' },
      { char: '№', replacement: 'No.' },
    ]);
  });
  it('leaves JIS X 0208 text alone, including 〒 and ー', () => {
    expect(findMachineDependent('〒102-8419 東京都千代田区一番町25番地 サーバー（株）')).toEqual([]);
  });
  it('replaces them in the text', () => {
    expect(replaceMachineDependent('㈱サンプル ⑫号館')).toBe('（株）サンプル (12)号館');
  });
});

describe('ASPコード と 都道府県', () => {
  it('accepts half-width codes and offers the half-width form of full-width ones', () => {
    expect(checkAspCode('FA0012')).toBeUndefined();
    expect(checkAspCode('ＦＡ００１２')?.suggestion).toBe('FA0012');
    expect(checkAspCode('ファシリティ')?.code).toBe('asp-code.invalid');
  });
  it('knows the 47 prefectures', () => {
    expect(PREFECTURES).toHaveLength(47);
    expect(isPrefecture('北海道')).toBe(true);
    expect(isPrefecture('東京')).toBe(false);
  });
});
