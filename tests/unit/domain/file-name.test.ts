import { describe, expect, it } from 'vitest';
import { safeFileName } from '../../../src-renderer/domain';
import { fileNameSchema } from '../../../src-main/ipc/schemas';

describe('safeFileName', () => {
  it('keeps a plain name and any script as typed', () => {
    expect(safeFileName('SEC Panel', 'Body')).toBe('SEC Panel');
    expect(safeFileName('Συμβούλιο Λλŷr 委员会 مجلس', 'Body')).toBe('Συμβούλιο Λλŷr 委员会 مجلس');
  });

  it('takes out what disguises a name or a system refuses, leaving a name the main process accepts', () => {
    const hostile = [
      'Panel\u202Efdp.exe',
      'Pa\u200Bnel\u200D',
      'a/b\\c:d*e?f"g<h>i|j',
      '..\\..\\etc\\passwd',
      'Board\u0000\u0007\u001F\u007F\u0085',
      'Trailing dots...',
      ' \u2028Lines\u2029 ',
      'Lone \uD800 half',
      'Non\uFFFEcharacter\uFEFF',
      'x'.repeat(500),
    ];
    for (const text of hostile) {
      const name = `${safeFileName(text, 'Body')} archive.minutebook.json`;
      expect(fileNameSchema.safeParse(name).success, `${JSON.stringify(text)} → ${name}`).toBe(
        true,
      );
    }
    expect(safeFileName('Panel\u202Efdp.exe', 'Body')).toBe('Panelfdp.exe');
    expect(safeFileName('Pa\u200Bnel', 'Body')).toBe('Panel');
  });

  it('falls back when nothing is left', () => {
    expect(safeFileName('\u200B/\\..', 'Body')).toBe('Body');
    expect(safeFileName('', 'Minutes')).toBe('Minutes');
  });
});
