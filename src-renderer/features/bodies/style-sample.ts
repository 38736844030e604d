import { formatActionRef, type Archive, type ArchiveBody, type Body } from '../../domain';
import { archiveFormat, archiveVersion } from '../../domain/archive-schema';

/**
 * A fixed sample meeting for the house-style preview: two public items (one with a decision and
 * an action), one confidential item with an exemption paragraph, so that a style's numbers,
 * title, decision form, action label and private part all show. It goes through the same
 * document builder as the real minutes; only its content is made up.
 */
export const sampleMeeting = {
  id: 'sample-meeting',
  number: 39,
  date: '2025-10-02',
  startTime: '14:00',
} as const;

const at = '2025-10-02T14:00:00.000Z';
const audit = { createdAt: at, updatedAt: at, updatedBy: 'Preview' };

/** The verb the sample decision uses: one of the body's own, the first when none fits. */
function sampleVerb(body: Body): string {
  const wanted = body.decisionForm === 'resolved' ? 'RESOLVED' : 'NOTED';
  return body.decisionVerbs.find((v) => v.toUpperCase() === wanted) ?? body.decisionVerbs[0] ?? '';
}

/** The sample decisions, worded as the body's form would have them typed. */
function sampleDecisions(body: Body) {
  const resolved = body.decisionForm === 'resolved';
  const verb = sampleVerb(body);
  const decision = (id: string, text: string) => ({
    id,
    verb,
    text,
    confidential: false,
    vote: null,
    dissent: [],
  });
  return resolved
    ? [
        decision('sample-d1', 'the report be noted'),
        decision('sample-d2', 'the revised budget be approved'),
      ]
    : [
        decision('sample-d1', 'the contents of the report'),
        decision('sample-d2', 'the revised budget'),
      ];
}

/** The archive of the sample meeting for a body, in the body's current style. */
export function sampleArchive(body: Body): Archive {
  const m = sampleMeeting.id;
  const item = (id: string, position: string, title: string, confidential = false) => ({
    id,
    meetingId: m,
    parentId: null,
    position,
    title,
    presenter: '',
    paperRefs: [],
    classification: confidential ? ('confidential' as const) : ('public' as const),
    exemption: confidential ? '3' : '',
    plannedMinutes: null,
    status: 'done' as const,
    publicSummary: confidential ? 'The Cabinet considered the sale of a depot.' : '',
    kind: 'standard' as const,
    standing: false,
    startedAt: null,
    spentSeconds: 0,
    ...audit,
  });
  const block = (id: string, itemId: string, position: string) => ({
    id,
    meetingId: m,
    itemId,
    position,
    confidential: false,
    ...audit,
  });
  const reference = formatActionRef(body.actionRefTemplate, {
    prefix: body.actionPrefix,
    meetingNumber: sampleMeeting.number,
    sequence: 1,
    meetingDate: sampleMeeting.date,
  });
  const sample: ArchiveBody = {
    ...body,
    members: [],
    meetings: [
      {
        ...sampleMeeting,
        bodyId: body.id,
        venue: 'Committee Room 1',
        status: 'held',
        startedAt: null,
        closedAt: null,
        lastActionSequence: 1,
        acceptedFindings: [],
        approval: null,
        circulations: [],
        ...audit,
        agendaItems: [
          item('sample-i1', 'a', 'Apologies for absence'),
          item('sample-i2', 'b', 'Budget monitoring report'),
          item('sample-i3', 'c', 'Disposal of the Mill Lane depot', true),
        ],
        minuteBlocks: [
          { ...block('sample-b1', 'sample-i1', 'a'), kind: 'paragraph', text: 'None received.' },
          {
            ...block('sample-b2', 'sample-i2', 'a'),
            kind: 'paragraph',
            text: 'The Head of Finance presented the report on spending to the end of August.',
          },
          {
            ...block('sample-b3', 'sample-i2', 'b'),
            kind: 'decisions',
            decisions: sampleDecisions(body),
          },
          { ...block('sample-b4', 'sample-i2', 'c'), kind: 'action', actionId: 'sample-a1' },
          {
            ...block('sample-b5', 'sample-i3', 'a'),
            kind: 'paragraph',
            text: 'The Cabinet considered the offers received for the depot.',
          },
        ],
        attendance: [],
        amendments: [],
        interests: [],
      },
    ],
    actions: [
      {
        id: 'sample-a1',
        bodyId: body.id,
        meetingId: m,
        itemId: 'sample-i2',
        raisedOn: sampleMeeting.date,
        sequence: 1,
        reference,
        owner: 'Head of Finance',
        ownerMemberId: null,
        text: 'to circulate the revised budget',
        dueDate: '2025-10-30',
        status: 'open',
        confidential: false,
        declassified: null,
        ...audit,
      },
    ],
    actionUpdates: [],
  };
  return { format: archiveFormat, version: archiveVersion, exportedAt: at, bodies: [sample] };
}
