import { describe, expect, it } from 'vitest';
import { redact } from '../../../src-renderer/minutes/redact';
import { loadFixture, meetingOf } from './minutes-support';

describe('the actions raised at a meeting, as its public minutes list them', () => {
  it('leave out one raised in a confidential item even once declassified; the confidential minutes keep it', () => {
    const archive = loadFixture();
    const { body, meeting } = meetingOf(archive);
    const secret = meeting.agendaItems.find((i) => i.classification === 'confidential');
    const raised = body.actions.find((a) => a.meetingId === meeting.id && a.itemId === secret?.id);
    if (secret === undefined || raised === undefined) throw new Error('the fixture has changed');

    const listed = (variant: 'public' | 'confidential') =>
      redact(body, meeting, variant).actions.map((a) => a.reference);
    expect(listed('public')).not.toContain(raised.reference);
    expect(listed('confidential')).toContain(raised.reference);

    raised.declassified = { on: '2016-04-14', by: 'the Panel Chair' };
    expect(listed('public')).not.toContain(raised.reference);
    expect(listed('confidential')).toContain(raised.reference);
    // A public action raised at the meeting is listed in both.
    const open = body.actions.find(
      (a) => a.meetingId === meeting.id && a.itemId !== secret.id && !a.confidential,
    );
    expect(open && listed('public')).toContain(open?.reference);
  });
});
