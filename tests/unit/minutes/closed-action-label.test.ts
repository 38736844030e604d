import { describe, expect, it } from 'vitest';
import { buildMinutes, type DocBlock } from '../../../src-renderer/minutes';
import { loadFixture, meetingOf } from './minutes-support';

/** The first column of the Actions Outstanding table of the confidential minutes. */
function outstandingLabels(closedActionLabel: string): string[] {
  const archive = loadFixture();
  const { body, meeting } = meetingOf(archive);
  body.closedActionLabel = closedActionLabel;
  const closing = body.actionUpdates.find((u) => u.actionId === actionId(body, 'SECP22/08'));
  if (!closing) throw new Error('the fixture has changed');
  closing.closes = true;
  const table = buildMinutes(archive, meeting.id, 'confidential').blocks.find(
    (b): b is Extract<DocBlock, { kind: 'table' }> =>
      b.kind === 'table' && b.caption === 'Actions Outstanding',
  );
  return (table?.rows ?? []).map((r) => r[0] ?? '');
}

function actionId(body: { actions: { id: string; reference: string }[] }, reference: string) {
  return body.actions.find((a) => a.reference === reference)?.id;
}

describe('a closed action in the Actions Outstanding table', () => {
  it('reads through the body’s closed-action label', () => {
    const labels = outstandingLabels('{ref} – CLOSED');
    expect(labels).toContain('SECP22/08 – CLOSED');
    // An action still open keeps its reference as issued.
    expect(labels).toContain('SECP22/04');
  });

  it('keeps the reference as it is with the SEC Panel’s label', () => {
    expect(outstandingLabels('{ref}')).toContain('SECP22/08');
  });
});
