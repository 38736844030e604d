/** The only door to IndexedDB: the database, its repositories and its live queries. */
export {
  MinutebookDb,
  schemaV1,
  schemaV5,
  schemaV7,
  schemaV9,
  schemaV10,
  type ActionRow,
} from './database';
export { createDataContext, type DataContext } from './context';
export { DataError, isStaleWrite } from './errors';
export { createBody, updateBody, type BodyPatch } from './repos/bodies';
export {
  createMeeting,
  updateMeeting,
  setMeetingStatus,
  suggestMeetingNumber,
  type MeetingPatch,
} from './repos/meetings';
export {
  addItem,
  updateItem,
  moveItem,
  moveItemTo,
  addStandingItems,
  addActionsOutstandingItem,
  type ItemPatch,
  type NewItem,
  type StandingCopied,
} from './repos/agenda';
export { addItemTrees, type NewItemTree } from './repos/agenda-trees';
export { deleteItem, restoreItems, type RemovedItems } from './repos/agenda-delete';
export {
  startMeeting,
  nextItem,
  deferItem,
  withdrawItem,
  takeUpItem,
  closeMeeting,
  reopenMeeting,
  approveMinutes,
} from './repos/run';
export { addAmendment, listAmendments, type AmendmentInput } from './repos/amendments';
export { useAmendments } from './hooks';
export { approveMinutesAt, approvableMeetings, type AgreedAmendment } from './repos/approval';
export {
  giveUpdate,
  editUpdates,
  removeUpdates,
  type UpdateOptions,
  type UpdatePatch,
} from './repos/action-log';
export { readActionLog, type ActionLogData, type OutstandingData } from './repos/action-log-read';
export { declassifyAction } from './repos/declassify';
export { acceptFinding, withdrawFinding, type FindingToAccept } from './repos/findings';
export {
  recordEarlierAction,
  editEarlierAction,
  deleteEarlierAction,
  restoreEarlierAction,
  type EarlierAction,
} from './repos/earlier-actions';
export {
  useBodies,
  useBody,
  useMeetings,
  useSuggestedMeetingNumber,
  useMeeting,
  useAgendaItems,
} from './hooks';
export { WriteJournal, type AsideEntry, type JournalStorage, type ReplayReport } from './journal';
export { applyWrite, fieldWriteOps, type FieldWrite } from './field-writes';
export {
  addBlock,
  updateBlock,
  confidentialToggle,
  moveBlock,
  deleteBlock,
  restoreBlock,
  type BlockPatch,
  type NewBlockKind,
  type RemovedBlock,
} from './repos/blocks';
export {
  addDecision,
  updateDecision,
  moveDecision,
  removeDecision,
  restoreDecision,
  type DecisionPatch,
  type RemovedDecision,
} from './repos/decisions';
export {
  raiseAction,
  updateAction,
  renumberActions,
  type ActionPatch,
  type NewAction,
  type RaisedAction,
} from './repos/actions';
export {
  useItemBlocks,
  useActionRecord,
  useMeetingActionCount,
  useMeetingBlockCount,
} from './minutes-hooks';
export { addDecisionVerb, removeDecisionVerb, moveDecisionVerb } from './repos/decision-verbs';
export {
  addMember,
  updateMember,
  removeMember,
  restoreMember,
  type MemberPatch,
} from './repos/members';
export {
  addMemberAttendance,
  addGuestAttendance,
  addAllMembersPresent,
  updateAttendance,
  removeAttendance,
  restoreAttendance,
  moveAttendance,
  type AttendancePatch,
  type NewAttendee,
  type NewGuest,
} from './repos/attendance';
export { useMembers, useAttendance } from './people-hooks';
export {
  addInterest,
  updateInterest,
  removeInterest,
  restoreInterest,
  type InterestPatch,
  type NewInterest,
} from './repos/interests';
export { useInterests } from './interest-hooks';
export { useMinuteNumbers, useMinuteNumbersOf, useNumberedAgenda } from './numbering-hooks';
export { readMinuteNumbers } from './minute-numbers';
export { readBodyRows, readAllBodyRows } from './repos/body-rows';
export { recordCirculation, type CirculationInput } from './repos/circulations';
export { importArchive, replaceWithArchive } from './repos/archive-import';
export { importMeeting, type MeetingImport } from './repos/meeting-import';
export { createBrowserBackupShelf } from './backup-shelf';
export { DatabaseOpenError, installedVersion, openDatabase } from './open';
export { isQuotaError, userMessage } from './error-messages';
