import { describe, expect, it } from 'vitest';
import { readCardinal, readDigits, readNumber } from '../../src/text/normalize/cardinal.js';
import { readFraction, readWrittenNumber } from '../../src/text/normalize/number.js';

describe('readCardinal', () => {
  it.each([
    ['0', 'không'], ['5', 'năm'], ['10', 'mười'], ['11', 'mười một'], ['14', 'mười bốn'], ['15', 'mười lăm'],
    ['20', 'hai mươi'], ['21', 'hai mươi mốt'], ['24', 'hai mươi tư'], ['25', 'hai mươi lăm'], ['44', 'bốn mươi tư'],
    ['100', 'một trăm'], ['101', 'một trăm linh một'], ['104', 'một trăm linh bốn'], ['105', 'một trăm linh năm'],
    ['110', 'một trăm mười'], ['115', 'một trăm mười lăm'], ['121', 'một trăm hai mươi mốt'],
    ['1000', 'một nghìn'], ['1001', 'một nghìn không trăm linh một'], ['1010', 'một nghìn không trăm mười'],
    ['2020', 'hai nghìn không trăm hai mươi'], ['10500000', 'mười triệu năm trăm nghìn'],
    ['2050000', 'hai triệu không trăm năm mươi nghìn'], ['1000000000', 'một tỷ'],
    ['3200000000', 'ba tỷ hai trăm triệu'], ['1001000000', 'một tỷ không trăm linh một triệu'],
    ['1500000000000', 'một nghìn năm trăm tỷ'], ['1000000000000000000', 'một tỷ tỷ'],
    ['5000000005', 'năm tỷ không trăm linh năm'], ['007', 'bảy'],
  ])('%s → %s', (digits, words) => {
    expect(readCardinal(digits)).toBe(words);
  });
});

describe('readNumber, readDigits, readFraction, readWrittenNumber', () => {
  it('reads "." as thousands and a leading zero as a code', () => {
    expect(readNumber('4.857')).toBe('bốn nghìn tám trăm năm mươi bảy');
    expect(readNumber('0905')).toBe('không chín không năm');
    expect(readDigits('2024')).toBe('hai không hai bốn');
  });

  it.each([
    ['35', 'ba mươi lăm'], ['5', 'năm'], ['05', 'không năm'], ['125', 'một hai năm'], ['14159', 'một bốn một năm chín'],
  ])('fraction digits %s → %s', (digits, words) => {
    expect(readFraction(digits)).toBe(words);
  });

  it.each([
    ['5,8', 'năm phẩy tám'], ['0,35', 'không phẩy ba mươi lăm'], ['-2,5', 'âm hai phẩy năm'], ['−7', 'âm bảy'],
    ['1.234,5', 'một nghìn hai trăm ba mươi tư phẩy năm'], ['100', 'một trăm'],
  ])('%s → %s', (written, words) => {
    expect(readWrittenNumber(written)).toBe(words);
  });
});
