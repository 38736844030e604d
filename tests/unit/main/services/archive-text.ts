/**
 * Small archives for the backup tests: a backup must read as a Minutebook archive, so each
 * test's "text" is the archive of one empty body whose name carries the test's label.
 */
export function archiveText(label: string): string {
  const at = '2025-03-01T09:00:00.000Z';
  return JSON.stringify({
    format: 'minutebook-archive',
    version: 3,
    exportedAt: at,
    bodies: [
      {
        id: 'body-1',
        name: label,
        minutesName: 'The Panel',
        actionPrefix: 'SECP',
        secretariat: 'SECAS',
        actionRefTemplate: '{prefix}{meeting}/{seq}',
        decisionVerbs: ['NOTED', 'AGREED'],
        publicSummarySentence: 'See the confidential minutes.',
        quorum: 3,
        deferredItemLine: 'This item was deferred.',
        withdrawnItemLine: 'This item was withdrawn.',
        curlyQuotes: true,
        unplannedItemMinutes: 10,
        createdAt: at,
        updatedAt: at,
        updatedBy: 'SECAS',
        members: [],
        meetings: [],
        actions: [],
        actionUpdates: [],
      },
    ],
  });
}
