import { describe, expect, it } from 'vitest';
import type { Archive } from '../../../src-renderer/domain';
import { buildMinutes, LeakError, writeMinutes } from '../../../src-renderer/minutes';
import { loadFixture, meetingOf } from './minutes-support';
import { testFonts } from './pdf-support';

// The leak guard reads the strings the PDF draws. Right-to-left text is drawn in visual
// order, glyph by glyph shaped, but each drawn string keeps its typed text: confidential
// Arabic or Hebrew wording repeated in a public paragraph is still found, however the
// paragraph's lines fall and whichever direction the paragraph runs.

const secretArabic = 'شركة نورثويند للطاقة ظلت متخلفة عن سداد مستحقاتها للوكالة';
const secretHebrew = 'חברת נורתווינד לאנרגיה לא שילמה את חובותיה לסוכנות במועד';

function withRepeat(secret: string, publicText: string): Archive {
  const archive = loadFixture();
  const { meeting } = meetingOf(archive);
  const confidential = meeting.minuteBlocks.find((b) => b.kind === 'paragraph' && b.confidential);
  if (confidential?.kind !== 'paragraph') throw new Error('the fixture has changed');
  confidential.text = `${secret}.`;
  const item = meeting.agendaItems.filter((i) => i.parentId === null)[6];
  if (!item) throw new Error('the fixture has changed');
  meeting.minuteBlocks.push({
    ...confidential,
    id: 'rtl-repeat',
    itemId: item.id,
    position: 'zz',
    confidential: false,
    text: publicText,
  });
  return archive;
}

async function pdfFindings(archive: Archive) {
  const { meeting } = meetingOf(archive);
  const document = buildMinutes(archive, meeting.id, 'public');
  try {
    await writeMinutes(archive, meeting.id, document, 'pdf', await testFonts());
    return [];
  } catch (error) {
    if (error instanceof LeakError) return error.findings;
    throw error;
  }
}

describe('the leak guard over right-to-left text in the PDF', { timeout: 60_000 }, () => {
  const cases: [string, string][] = [
    ['Arabic in an English sentence', `As noted, ${secretArabic} at the time.`],
    ['an Arabic paragraph', `كما ذكر، ${secretArabic} في ذلك الوقت.`],
    [
      'Arabic over several lines',
      `${'وقد ناقش الفريق هذا الأمر مطولاً. '.repeat(4)}${secretArabic}.`,
    ],
    ['a Hebrew paragraph with a number', `כפי שצוין ב־2016, ${secretHebrew} (ראו נספח).`],
  ];
  for (const [name, text] of cases) {
    it(`refuses confidential wording repeated in ${name}`, async () => {
      const secret = /\p{Script=Hebrew}/u.test(text) ? secretHebrew : secretArabic;
      const findings = await pdfFindings(withRepeat(secret, text));
      expect(findings.map((f) => [f.source.label, f.places.map((p) => p.label)])).toEqual([
        ['paragraph 2 of item 2', ['paragraph 2 of item 7']],
      ]);
      // The passage is named in typed order, as the secretary wrote it.
      expect(findings[0]?.message).toContain(secret.split(' ').slice(0, 6).join(' '));
    });
  }

  it('writes public minutes with Arabic and Hebrew that repeat nothing confidential', async () => {
    const archive = withRepeat(secretArabic, 'ناقش الفريق تقرير بيان للتخطيط ووافق عليه.');
    expect(await pdfFindings(archive)).toEqual([]);
  });
});
