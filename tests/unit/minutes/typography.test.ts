import { describe, expect, it } from 'vitest';
import { curlyQuotes, typesetter } from '../../../src-renderer/minutes/typography';

describe('curly quotes', () => {
  it.each([
    // Inside a word: an apostrophe.
    ["the DCC's design", 'the DCC’s design'],
    ["O'Brien and rock'n'roll", 'O’Brien and rock’n’roll'],
    // Trailing: a possessive plural, a closing quote.
    ["Parties' privacy", 'Parties’ privacy'],
    ["basic 'triage' checks", 'basic ‘triage’ checks'],
    // Leading: at the start, after a space, a bracket, a dash or a slash.
    ["'Draft' was agreed", '‘Draft’ was agreed'],
    ['"Draft" was agreed', '“Draft” was agreed'],
    ['("in principle")', '(“in principle”)'],
    ['the plan—"soon"', 'the plan—“soon”'],
    ['and/"or"', 'and/“or”'],
    // After punctuation: closing.
    ['He asked "why not?" and left.', 'He asked “why not?” and left.'],
    ["'Yes,' she said.", '‘Yes,’ she said.'],
    // Nested quotes.
    ["\"It's 'final'\"", '“It’s ‘final’”'],
    ['"\'Quoted\'"', '“‘Quoted’”'],
    // Elided years.
    ["the '90s and the 1990's", 'the ’90s and the 1990’s'],
    // On a new line.
    ['first line\n"second"', 'first line\n“second”'],
    // A quote alone between spaces says nothing about its direction: left as typed.
    ['a \' b and " alone', 'a \' b and " alone'],
    ["'", "'"],
  ])('%j → %j', (typed, printed) => {
    expect(curlyQuotes(typed)).toBe(printed);
  });

  it('never touches a reference, a date, a number or text without straight quotes', () => {
    const text = 'SECP30/01, SECP20/04, 23/08 & 28/06 on 2016-03-10: £412,650 — ‘already curly’';
    expect(curlyQuotes(text)).toBe(text);
    expect(curlyQuotes("SECP30/01's update")).toBe('SECP30/01’s update');
    expect(curlyQuotes('SECMP0007 "Firmware"')).toBe('SECMP0007 “Firmware”');
  });

  it('keeps the length and every other character', () => {
    const typed = `Ŵ "Ελληνικά" 'Кириллица' 😀's`;
    const printed = curlyQuotes(typed);
    expect(printed).toHaveLength(typed.length);
    expect(printed.replace(/[‘’“”]/g, '')).toBe(typed.replace(/['"]/g, ''));
    expect(printed).toBe('Ŵ “Ελληνικά” ‘Кириллица’ 😀’s');
  });

  it('is off when the body says so', () => {
    expect(typesetter(false)("the DCC's")).toBe("the DCC's");
    expect(typesetter(true)("the DCC's")).toBe('the DCC’s');
  });
});
