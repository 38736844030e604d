/**
 * Database rows for tests that build a body by hand: every field at its plain default, the
 * fields a test cares about given.
 */
import type { AgendaItem, Meeting } from '../../src-renderer/domain';

type Audit = Pick<Meeting, 'createdAt' | 'updatedAt' | 'updatedBy'>;

/** A draft meeting at 10:00 with no venue. */
export function meetingRow(
  fields: Pick<Meeting, 'id' | 'bodyId' | 'number' | 'date'> & Partial<Meeting>,
  audit: Audit,
): Meeting {
  return {
    ...audit,
    startTime: '10:00',
    venue: '',
    status: 'draft',
    startedAt: null,
    closedAt: null,
    lastActionSequence: 0,
    acceptedFindings: [],
    approval: null,
    circulations: [],
    ...fields,
  };
}

/** A pending, public, standard agenda item with nothing planned. */
export function itemRow(
  fields: Pick<AgendaItem, 'id' | 'meetingId' | 'position' | 'title'> & Partial<AgendaItem>,
  audit: Audit,
): AgendaItem {
  return {
    ...audit,
    parentId: null,
    presenter: '',
    paperRefs: [],
    classification: 'public',
    exemption: '',
    plannedMinutes: null,
    status: 'pending',
    publicSummary: '',
    kind: 'standard',
    standing: false,
    startedAt: null,
    spentSeconds: 0,
    ...fields,
  };
}
