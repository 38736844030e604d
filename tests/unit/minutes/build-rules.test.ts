import { describe, expect, it } from 'vitest';
import type { Archive } from '../../../src-renderer/domain';
import { buildMinutes, type DocBlock, type MinutesDocument } from '../../../src-renderer/minutes';
import { loadFixture, meetingOf } from './minutes-support';
import { publicSummarySentence } from './reference';
import { writtenFiles } from './written';

/**
 * The rules the minutes follow beyond the reference text: what a deferred or withdrawn item
 * says, how a confidential item is marked in the confidential minutes, the attendance order,
 * curly quotes.
 */

type Variant = 'confidential' | 'public';

function build(variant: Variant, change?: (archive: Archive) => void): MinutesDocument {
  const archive = loadFixture();
  change?.(archive);
  return buildMinutes(archive, meetingOf(archive).meeting.id, variant);
}

/** Top-level item `n` (1-based) of the reference meeting. */
function item(archive: Archive, n: number) {
  const found = meetingOf(archive).meeting.agendaItems.filter((i) => i.parentId === null)[n - 1];
  if (found === undefined) throw new Error('the fixture has changed');
  return found;
}

/** The blocks under heading `number`, up to the next heading. */
function under(doc: MinutesDocument, number: string): DocBlock[] {
  const start = doc.blocks.findIndex((b) => b.kind === 'heading' && b.number === number);
  if (start < 0) throw new Error(`no heading ${number}`);
  const end = doc.blocks.findIndex((b, i) => i > start && b.kind === 'heading');
  return doc.blocks.slice(start + 1, end < 0 ? undefined : end);
}

describe('a deferred or withdrawn item', () => {
  it.each(['confidential', 'public'] as const)(
    'prints the body’s line under its heading (%s)',
    (variant) => {
      const doc = build(variant, (a) => {
        item(a, 11).status = 'deferred';
        item(a, 17).status = 'withdrawn';
      });
      expect(under(doc, '11')[0]).toEqual({
        kind: 'paragraph',
        text: 'This item was deferred to a later meeting.',
      });
      expect(under(doc, '17')[0]).toEqual({ kind: 'paragraph', text: 'This item was withdrawn.' });
      // What was minuted follows.
      expect(under(doc, '11').length).toBeGreaterThan(1);
      expect(under(doc, '10')[0]).not.toEqual(expect.objectContaining({ text: /deferred/ }));
    },
  );

  it('uses the body’s own wording, typeset; an empty line prints nothing', () => {
    const doc = build('public', (a) => {
      const body = a.bodies[0];
      if (!body) throw new Error('no body');
      body.deferredItemLine = "  Deferred to the Panel's April meeting. ";
      body.withdrawnItemLine = '';
      item(a, 11).status = 'deferred';
      item(a, 17).status = 'withdrawn';
    });
    expect(under(doc, '11')[0]).toEqual({
      kind: 'paragraph',
      text: 'Deferred to the Panel’s April meeting.',
    });
    expect(JSON.stringify(under(doc, '17'))).not.toContain('withdrawn.');
  });

  it('says so in the public minutes of a confidential item too, before its summary', () => {
    const doc = build('public', (a) => {
      item(a, 2).status = 'withdrawn';
    });
    expect(under(doc, '2')).toEqual([
      { kind: 'paragraph', text: 'This item was withdrawn.' },
      {
        kind: 'paragraph',
        text: `The Panel were provided with a confidential paper with an update on the status of the existing Defaulting Party. ${publicSummarySentence}`,
      },
    ]);
  });

  it('is written by both writers and passes the leak guard', async () => {
    const archive = loadFixture();
    item(archive, 11).status = 'deferred';
    item(archive, 2).status = 'withdrawn';
    const files = await writtenFiles(archive, meetingOf(archive).meeting.id, 'public');
    expect(files.docx.length).toBeGreaterThan(0);
    expect(files.pdf.length).toBeGreaterThan(0);
  });
});

describe('a confidential item in the confidential minutes', () => {
  it('is marked CONFIDENTIAL and shows first what the public minutes print for it', () => {
    const doc = build('confidential');
    const blocks = under(doc, '2');
    expect(blocks.slice(0, 2)).toEqual([
      { kind: 'mark', text: 'CONFIDENTIAL' },
      {
        kind: 'note',
        label: 'Public summary:',
        text: `The Panel were provided with a confidential paper with an update on the status of the existing Defaulting Party. ${publicSummarySentence}`,
      },
    ]);
    expect(JSON.stringify(blocks.slice(2))).toContain('CANARY-1');
    // The public minutes print exactly that summary, unmarked.
    const pub = under(build('public'), '2');
    expect(pub).toEqual([{ kind: 'paragraph', text: (blocks[1] as { text: string }).text }]);
    expect(JSON.stringify(build('public').blocks)).not.toContain('"mark"');
  });

  it('leaves public items unmarked', () => {
    const doc = build('confidential');
    const marked = doc.blocks.flatMap((b, i) =>
      b.kind === 'mark' ? [(doc.blocks[i - 1] as { number?: string }).number] : [],
    );
    expect(marked).toEqual(['2', '3']);
  });

  it('marks a sub-item inside it, which the public minutes leave out, without a summary', () => {
    const doc = build('confidential', (a) => {
      const parent = item(a, 3);
      meetingOf(a).meeting.agendaItems.push({
        ...parent,
        id: 'sub-of-3',
        parentId: parent.id,
        position: 'a0',
        title: 'Remediation plan',
        classification: 'public',
        publicSummary: 'Not printed anywhere',
      });
    });
    expect(under(doc, '3.1')).toEqual([{ kind: 'mark', text: 'CONFIDENTIAL' }]);
    expect(JSON.stringify(doc)).not.toContain('Not printed anywhere');
  });
});

describe('the attendance', () => {
  it('prints each role’s table in the stored order', () => {
    const doc = build('public', (a) => {
      const rows = meetingOf(a).meeting.attendance;
      const byName = (name: string) => {
        const row = rows.find((r) => r.name === name);
        if (!row) throw new Error(`no ${name}`);
        return row;
      };
      byName('Alison Reed').position = 'a8V'; // the Chair moved to the end of Present
      byName('Claire Watts').position = 'Zz'; // ahead of everyone: first of In attendance
      byName('Priya Shah').position = 'a9V'; // after Colin Baxter
    });
    const tables = doc.blocks.flatMap((b) => (b.kind === 'table' ? [b] : []));
    const names = (caption: string) =>
      tables.find((t) => t.caption === caption)?.rows.map((r) => r[0]);
    expect(names('Present')).toEqual([
      'David Hughes',
      'Siân Prydderch',
      'Mark Chen',
      'Ruth Okafor',
      'James Whitfield',
      'Helen Brooks',
      'Tom Gallagher',
      'Alison Reed',
    ]);
    expect(names('Apologies')).toEqual(['Colin Baxter', 'Priya Shah']);
    expect(names('In attendance')?.slice(0, 2)).toEqual(['Claire Watts', 'Laura Kemp']);
  });
});

describe('curly quotes', () => {
  const typed = (a: Archive) => {
    const { meeting } = meetingOf(a);
    const block = meeting.minuteBlocks.find(
      (b) => b.kind === 'paragraph' && b.itemId === item(a, 4).id,
    );
    if (block?.kind !== 'paragraph') throw new Error('the fixture has changed');
    block.text = `The Panel asked "why not?" of SECP30/01's owner.\n- the 'draft' template`;
    const action = a.bodies[0]?.actions.find((x) => x.reference === 'SECP30/01');
    if (!action) throw new Error('no SECP30/01');
    action.text = `publish the "final" template`;
  };

  it('are printed when the body says so, references untouched', () => {
    const doc = build('public', typed);
    const blocks = under(doc, '4');
    expect(blocks[0]).toEqual({
      kind: 'paragraph',
      text: 'The Panel asked “why not?” of SECP30/01’s owner.',
    });
    expect(blocks[1]).toEqual({ kind: 'bullets', items: ['the ‘draft’ template'] });
    const action = doc.blocks.find((b) => b.kind === 'action' && b.reference === 'SECP30/01');
    expect(action).toMatchObject({
      reference: 'SECP30/01',
      text: 'SECAS to publish the “final” template',
    });
  });

  it('are not printed when the body says no', () => {
    const doc = build('public', (a) => {
      typed(a);
      const body = a.bodies[0];
      if (body) body.curlyQuotes = false;
    });
    expect(under(doc, '4')[0]).toEqual({
      kind: 'paragraph',
      text: `The Panel asked "why not?" of SECP30/01's owner.`,
    });
  });
});
