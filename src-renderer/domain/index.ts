/** The pure domain: the model and its rules. Imports no framework, storage or DOM. */
export type * from './model';
export {
  positionBetween,
  positionAtEnd,
  positionsFor,
  positionForMove,
  byPosition,
} from './position';
export { numberAgenda } from './numbering';
export { parseAgendaLines, parseAgendaText } from './agenda-import';
export type {
  AgendaImport,
  AgendaImportOptions,
  ImportedItem,
  ImportLine,
  LeftOutLine,
} from './agenda-import';
export { agendaImportLimits } from './agenda-import-text';
export {
  canIndent,
  canOutdent,
  flattenTree,
  indentRow,
  insideConfidential,
  outdentRow,
  removeRow,
  rowNumbers,
  rowTree,
} from './agenda-import-rows';
export type { RowNode } from './agenda-import-rows';
export { confidentialityOf, isDeclassified } from './confidentiality';
export {
  confidentialityCorrections,
  normaliseConfidentiality,
  type Corrections,
  type FlaggedRecords,
} from './archive-confidentiality';
export type {
  ClassifiedAction,
  ClassifiedItem,
  ConfidentialBy,
  Confidentiality,
} from './confidentiality';
export { defaultDecisionVerbs, defaultPublicSummarySentence, newDecision } from './defaults';
export type { NumberableItem, NumberedItem } from './numbering';
export {
  defaultActionRefTemplate,
  formatActionRef,
  nextActionSequence,
  templateHasSequence,
  actionCounterKey,
  defaultActionLabel,
  formatActionLabel,
} from './action-ref';
export {
  alternateForError,
  initialsError,
  maxInitials,
  ownerShown,
  suggestInitials,
} from './people';
export {
  houseStyleKeys,
  presetStyle,
  styleOf,
  stylePresets,
  styleRowDefaults,
  styleUpgradeDefaults,
} from './style';
export type { HouseStyle, StylePresetId } from './style';
export { houseStyleError, maxFirstMinuteNumber } from './style-checks';
export type { ActionRefParts } from './action-ref';
export { canTransition, isLocked, meetingStatusLabels } from './lifecycle';
export { limits, tidyName, isIsoDate, isTime } from './text';
export {
  dateMessage,
  namedDateMessage,
  validateBodyInput,
  validateMeetingInput,
  validateItemInput,
} from './validation';
export type { BodyInput, MeetingInput, ItemInput, FieldErrors } from './validation';
export { phraseDecisions } from './decisions';
export { isBulletLine, splitParagraph } from './paragraph';
export type { ParagraphPart } from './paragraph';
export type { DecisionText, DecisionsPhrase } from './decisions';
export { joinReferences, outstandingRows } from './outstanding';
export type { OutstandingRow, OutstandingUpdate } from './outstanding';
export { actionsOutstandingTitle, planActionsOutstandingItem, planStandingItems } from './standing';
export type { PlannedItem, StandingPlan } from './standing';
export {
  amberFrom,
  describeDuration,
  formatDuration,
  formatTimeOfDay,
  itemElapsedSeconds,
  meetingClockSeconds,
  projectedFinish,
  timeState,
  unplannedItemsAhead,
} from './timing';
export type { TimeState } from './timing';
export {
  actionAge,
  closingMeeting,
  compareActions,
  daysBetween,
  groupUpdates,
  indexMeetings,
  isOutstandingAt,
  outstandingAt,
  updateRowsAt,
} from './carry-forward';
export type {
  ActionAge,
  MeetingIndex,
  MeetingPoint,
  UpdateRow,
  UpdatesByAction,
} from './carry-forward';
export { closingMeetingOf, noUpdates, sameTally, tallyUpdates } from './action-tally';
export type { ActionTally } from './action-tally';
export {
  parseArchive,
  parseArchiveValue,
  serializeArchive,
  archiveFromRows,
  rowsFromArchiveBody,
  formatPath,
  archiveFormat,
  archiveVersion,
  maxArchiveBytes,
} from './archive';
export type { Archive, ArchiveBody, ArchiveMeeting, ArchiveParseResult, BodyRows } from './archive';
export { meetingArchive, singleMeetingOf } from './archive-meeting';
export {
  archivePartsWithMeetings,
  archiveTextWithMeetings,
  meetingArchiveText,
} from './archive-text';
export { groupBy } from './group-by';
export { archiveSchema } from './archive-schema';
export {
  bodySettingsLimits,
  normaliseVerb,
  verbError,
  decisionVerbsError,
  actionRefTemplateError,
  quorumError,
  publicSummarySentenceError,
  unplannedItemMinutesError,
  validateBodySettings,
} from './body-settings';
export type { BodySettingsInput } from './body-settings';
export {
  attendanceRoles,
  attendanceRoleLabels,
  personError,
  attendanceNoteError,
  attendanceRoleError,
  byMemberOrder,
  attendanceGroups,
} from './attendance';
export type { PersonInput } from './attendance';
export { quorumStatus, describeQuorum } from './quorum';
export type { QuorumStatus } from './quorum';
export { mergeText } from './merge-text';
export { safeFileName } from './file-name';
export { grouped } from './archive-limits';
