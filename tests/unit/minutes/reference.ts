/**
 * What the published minutes of SEC Panel meeting 30 (March 2016) say, decision by decision
 * and action by action, written out here so the tests compare the documents against the
 * reference itself rather than against what the builder happens to produce.
 */

const noted = 'NOTED the contents of the paper; and';

/** Item number → the decision lines printed under it. */
export const referenceDecisions: Record<number, string[]> = {
  4: [
    'The Panel:',
    noted,
    'APPROVED the Decision Making Principles as set out in Appendix A; and',
    'APPROVED the Full User Privacy Assessment Report Template as set out in Appendix B.',
  ],
  5: [
    'The Panel:',
    noted,
    'AGREED for SECAS to draft a response to the consultation for approval ex-committee.',
  ],
  6: ['The Panel:', noted, 'APPROVED the amendments to the SEC Panel Risk Register.'],
  7: [
    'The Panel:',
    noted,
    'APPROVED the suggested mechanism for verifying the removal of a Device from the CPL.',
  ],
  8: [
    'The Panel NOTED the contents of the paper and SUPPORTED the revised testing approach proposed by the DCC.',
  ],
  9: ['The Panel:', noted, 'APPROVED the report, subject to a few amendments.'],
  10: ['The Panel NOTED the contents of the paper.'],
  11: [
    'The Panel:',
    noted,
    'APPROVED the determinations for each Modification Proposal, as set out in the IMRs; and',
    'AGREED that SECAS group the number of Working Groups as outlined above.',
  ],
  12: ['The Panel NOTED the contents of the update.'],
  13: ['The Panel NOTED the contents of the update.'],
  ...Object.fromEntries(
    [14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24].map((n) => [
      n,
      ['The Panel NOTED the contents of the paper.'],
    ]),
  ),
  25: [
    'The Panel AGREED to meet more often if necessary, whether in person or via teleconference.',
  ],
};

/** The actions as printed, "ACTION SECP30/01: SECAS to …". */
export const referenceActions: string[] = [
  'ACTION SECP30/01: SECAS to look into making the Full User Privacy Assessment Report Template non-confidential and circulating it to Parties.',
  'ACTION SECP30/02: SECAS to draft a response to the New Smart Energy Code Content and Related Licence Amendments for approval ex-committee, and submit the response DECC by the 24th March 2016 deadline.',
  'ACTION SECP30/03: SECAS to set up a standing agenda item for changes to the CPL once the CPL has been set up.',
  'ACTION SECP30/04: SECAS to look into a mechanism by which Parties can be notified of changes to the CPL and any potential security risks.',
  'ACTION SECP30/05: SECAS to put together a checklist for cross-checking what needs to be covered across the testing documentation.',
  'ACTION SECP30/06: SECAS to amend the Modification Proposals Draft Reporting Template and publish on the SEC Website.',
  'ACTION SECP30/07: SECAS to set up Working Groups and initiate the Modification Refinement Process.',
  'ACTION SECP30/08: SECAS to send out placeholders for additional Panel meetings in the lead up to DCC Live.',
];

/** The Actions Outstanding table: reference label → the start of its update. */
export const referenceOutstanding: [string, string][] = [
  ['SECP22/04', 'The Certified Products List (CPL) was discussed at the Technical Specifications'],
  ['SECP20/04, 23/08 & 28/06', 'The three actions on the Panel Information Policy will be covered'],
  ['SECP22/08', 'The Time Management Design Note has been published on the SEC Website'],
];

export const referencePostMeetingNote =
  'Following the meeting, the DCC have notified that they will make the appendix non-confidential and circulate it to Parties.';

export const publicSummarySentence =
  'Further details on this agenda item can be found in the confidential minutes.';
