import type { DocBlock } from '../../../src-renderer/minutes';

/** A surname wider than the 0.14 Owner column at table size, in both formats. */
export const name = 'Παπαδόπουλος';
const update =
  'The modification report was sent to the Authority, which approved it on 3 October 2025.';

/** An industry code panel's tables: references, a Greek surname in a narrow Owner column. */
export const referenceTables: DocBlock[] = [
  {
    kind: 'table',
    caption: 'Actions Outstanding',
    columns: [
      { title: 'Action Reference', width: 0.25 },
      { title: 'Update', width: 0.75 },
    ],
    rows: [
      ['TCMP-2025-014', update],
      // As the builder sets two hyphenated references (outstanding-blocks.ts, referenceCell).
      ['TCMP-2025-009\u00a0&\nTCMP-2025-011', update],
      ['Action-SC-2017-77', update],
    ],
  },
  {
    kind: 'table',
    caption: 'Actions arising from Meeting 41',
    columns: [
      { title: 'Reference', width: 0.16 },
      { title: 'Owner', width: 0.14 },
      { title: 'Action', width: 0.52 },
      { title: 'Due', width: 0.18 },
    ],
    rows: [
      ['TCMP-2025-014', name, 'Circulate the revised legal text to the Workgroup.', '2025-11-06'],
      ['Action-SC-2017-77', `Maria ${name}`, 'Report back on the costs.', 'Next meeting'],
    ],
  },
];

/** The words that must stand whole on one line. */
export const tableWords = [
  'TCMP-2025-014',
  'TCMP-2025-009',
  'TCMP-2025-011',
  'Action-SC-2017-77',
  name,
];
