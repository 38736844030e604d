import { describe, expect, it } from 'vitest';
import { rowsFromArchiveBody, type Archive, type ArchiveBody } from '../../../src-renderer/domain';
import { exportEntries, noFilter } from '../../../src-renderer/features/actions/log-entries';
import {
  acceptanceOf,
  ActionLogLeakError,
  writeActionLog,
  type LogFormat,
} from '../../../src-renderer/minutes';
import { buildActionLogTable } from '../../../src-renderer/minutes/action-log-export';
import { actionLogFindings } from '../../../src-renderer/minutes/action-log-guard';
import { loadFixture } from './minutes-support';

// The public action log passes the leak guard of the public minutes: a public text of the log
// that repeats confidential wording of any meeting stops the export, with findings.

const today = '2016-05-01';
const secret = 'Northwind Energy Supply Ltd remained in default of its payments of Charges';

function bodyOf(archive: Archive): ArchiveBody {
  const body = archive.bodies[0];
  if (!body) throw new Error('The fixture has no body.');
  return body;
}

const entriesOf = (body: ArchiveBody) => exportEntries(rowsFromArchiveBody(body), noFilter, today);

function actionOf(body: ArchiveBody, reference: string) {
  const action = body.actions.find((a) => a.reference === reference);
  if (!action) throw new Error(`The fixture has no ${reference}.`);
  return action;
}

/** The error a public export in `format` throws, or null when it is written. */
async function refusal(body: ArchiveBody, format: LogFormat) {
  try {
    await writeActionLog(body, entriesOf(body), 'public', format);
    return null;
  } catch (error) {
    if (error instanceof ActionLogLeakError) return error;
    throw error;
  }
}

describe('the leak guard over the public action log', () => {
  it.each(['csv', 'xlsx'] as const)('lets the reference log through as %s', async (format) => {
    const body = bodyOf(loadFixture());
    expect(await refusal(body, format)).toBeNull();
  });

  it.each(['csv', 'xlsx'] as const)(
    'refuses a %s whose public action repeats a confidential paragraph',
    async (format) => {
      const body = bodyOf(loadFixture());
      actionOf(body, 'SECP30/01').text = `check whether ${secret} last month`;
      const error = await refusal(body, format);
      expect(error).not.toBeNull();
      expect(error?.message).toMatch(/^The public action log was not exported\./);
      const [finding, ...more] = error?.findings ?? [];
      expect(more).toEqual([]);
      expect(finding?.acceptable).toBe(true);
      expect(finding?.places.map((p) => p.label)).toEqual(['action SECP30/01']);
      expect(finding?.source.label).toBe('paragraph 1 of item 2 (meeting 30)');
      expect(finding?.message).toBe(
        'Action SECP30/01 repeats “northwind energy supply ltd remained in default of” from paragraph 1 of item 2 (meeting 30), which is confidential.',
      );
      // The link from the finding to where the confidential text lives.
      const meeting = body.meetings[0];
      expect(error?.meetingOf.get(finding?.source.key ?? '')).toBe(meeting?.id);

      // The confidential file is everything: it is not guarded.
      await expect(
        writeActionLog(body, entriesOf(body), 'confidential', format),
      ).resolves.toMatchObject({ rows: 16 });
    },
  );

  it('refuses a public update that repeats a confidential earlier action with no update', async () => {
    const body = bodyOf(loadFixture());
    const template = actionOf(body, 'SECP20/04');
    const words =
      'settle the disputed metering charges with Harbourside Utilities before the audit';
    body.actions.push({
      ...template,
      id: 'earlier-secret',
      reference: 'SECP27/02',
      text: words,
      confidential: true,
    });
    expect(await refusal(body, 'csv')).toBeNull();
    const update = body.actionUpdates.find((u) => u.actionId === template.id);
    if (!update) throw new Error('The fixture has changed.');
    update.text = `SECAS will ${words}.`;
    const error = await refusal(body, 'csv');
    expect(error?.findings.map((f) => f.source.label)).toEqual(['action SECP27/02']);
    expect(error?.findings[0]?.places.map((p) => p.label)).toEqual([
      'the update to SECP20/04 (meeting 30)',
    ]);
  });

  it('honours a finding the secretary accepted on a meeting, while its texts are unchanged', async () => {
    const body = bodyOf(loadFixture());
    actionOf(body, 'SECP30/01').text = `check whether ${secret} last month`;
    const table = buildActionLogTable(body, entriesOf(body), 'public');
    const [finding] = actionLogFindings(body, table).findings;
    if (!finding) throw new Error('expected a finding');
    body.meetings[0]?.acceptedFindings.push(acceptanceOf(finding, '2016-03-11', 'SECAS'));
    expect(await refusal(body, 'xlsx')).toBeNull();
    expect(await refusal(body, 'csv')).toBeNull();

    // The public text changes: the acceptance lapses.
    actionOf(body, 'SECP30/01').text = `check again whether ${secret} last month`;
    expect(await refusal(body, 'csv')).not.toBeNull();
  });

  it('refuses, and never accepts, confidential wording that no public text says', async () => {
    const body = bodyOf(loadFixture());
    // The guard's own rule counts an action whose raising item is gone as confidential; the
    // domain's rule judges it by its flag. The guard sees the disagreement as a leak.
    actionOf(body, 'SECP30/02').itemId = 'an-item-that-is-gone';
    const error = await refusal(body, 'csv');
    const leaks = error?.findings.filter((f) => !f.acceptable) ?? [];
    expect(leaks.length).toBeGreaterThan(0);
    for (const leak of leaks) {
      expect(leak.source.label).toBe('action SECP30/02');
      expect(leak.places).toEqual([]);
      expect(leak.message).toMatch(
        /^Action SECP30\/02 is confidential, but its words “.+” would appear in the public action log \(the row of SECP30\/02\) and no public text says them\.$/u,
      );
    }
  });

  it('reads every meeting of the body, not only one', async () => {
    const archive = loadFixture();
    const body = bodyOf(archive);
    const first = body.meetings[0];
    if (!first) throw new Error('The fixture has no meeting.');
    // A second meeting whose confidential paragraph a public action of the first repeats.
    const second = structuredClone(first);
    const suffix = (id: string) => `${id}-31`;
    second.id = suffix(first.id);
    second.number = 31;
    second.date = '2016-04-14';
    second.acceptedFindings = [];
    second.agendaItems = second.agendaItems.map((i) => ({
      ...i,
      id: suffix(i.id),
      meetingId: second.id,
      parentId: i.parentId === null ? null : suffix(i.parentId),
    }));
    second.minuteBlocks = [];
    second.attendance = [];
    second.amendments = [];
    const item = second.agendaItems.find((i) => i.classification === 'confidential');
    const template = first.minuteBlocks.find((b) => b.kind === 'paragraph');
    if (!item || !template) throw new Error('The fixture has changed.');
    const words = 'the Harbourside settlement talks collapsed over the metering audit findings';
    second.minuteBlocks.push({
      ...template,
      id: 'second-secret',
      meetingId: second.id,
      itemId: item.id,
      text: `The Panel heard that ${words}.`,
    });
    body.meetings.push(second);
    expect(await refusal(body, 'csv')).toBeNull();
    actionOf(body, 'SECP30/02').text = `report whether ${words}`;
    const error = await refusal(body, 'csv');
    expect(error?.findings[0]?.source.label).toMatch(/^paragraph \d+ of item \d+ \(meeting 31\)$/u);
    expect(error?.meetingOf.get(error.findings[0]?.source.key ?? '')).toBe(second.id);
  });
});
