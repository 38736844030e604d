import { byPosition, outstandingRows } from '../../domain';
import { numberArchiveMeeting } from '../../domain/minute-numbering';
import type { Action, AgendaItem, ArchiveBody, ArchiveMeeting, Id } from '../../domain';
import { actionLine } from '../action-blocks';
import type { DocumentKind } from '../document';
import { longDate, shortDate } from '../wording';
import { addAmendmentSources } from './amendment-sources';
import { guardPhrase } from './normalise';
import { interestTexts } from './interest-sources';

/**
 * What the leak guard knows before it reads a document: every text of the meeting, sorted
 * into confidential and public by the guard's own rule, each with its place in the app; and
 * the wording the writers put around those texts, built from public texts only.
 *
 * The rule is deliberately simple, conservative and separate from redaction (a guard that
 * used the classifier it checks could not see that classifier's bugs): a text is
 * confidential when its own flag says so or any item around it is confidential; an action's
 * text and its updates when the action is flagged, was raised inside a confidential item, or
 * has a confidential entry anywhere, unless it was declassified by a recorded act; an update
 * also when it is itself flagged. A broken link counts as confidential.
 *
 * The writers' wording is what the public minutes print by design: headings (a public item's
 * number and title), the title block and date lines, "OWNER to" before an action, the
 * references of the outstanding-actions table, captions, column titles and labels.
 *
 * The public agenda is checked against the same texts, and also against each item's
 * presenter and paper references, confidential with their item. A confidential item's own
 * title (and public summary) is the writers' wording there only when the body chose to show
 * confidential items by their title; when it chose to leave them out, they are confidential
 * too. A confidential item's presenter whom some public text of the meeting names in full
 * (the secretariat, a public item's presenter, an attendee) is nobody the public agenda may
 * not name, and is not looked for; a paper reference always is (the same confidential paper
 * given to a public item is a finding the secretary reads and may accept).
 */

/** A place in the app a secretary can open. */
export interface Place {
  /** Stable key, kept with an accepted finding: "block:<id>", "title:<item id>" … */
  key: string;
  /** In the app's words: "paragraph 2 of item 4", "the title of item 2.1", "action SECP30/01". */
  label: string;
  itemId: Id | null;
  blockId: Id | null;
  actionId: Id | null;
}

export interface GuardText {
  text: string;
  place: Place;
  /**
   * Looked for wherever its words stand, however few (a paper reference, "SECP_30_1003_02"),
   * instead of by the usual rules of match.ts.
   */
  exact?: boolean;
}

export interface GuardSources {
  confidential: GuardText[];
  public: GuardText[];
  /** What the writers print around the texts (numbers, labels, dates, references), whole. */
  generated: string[];
}

/** The guard's own rule: which items and actions of a body are confidential. */
function guardRule(body: ArchiveBody, meeting: ArchiveMeeting) {
  const items = new Map<string, AgendaItem>();
  for (const m of [...body.meetings, meeting]) for (const i of m.agendaItems) items.set(i.id, i);
  /** The item or any item above it is confidential (a broken chain counts as confidential). */
  const itemSecret = (id: string | null): boolean => {
    const seen = new Set<string>();
    for (let at = id; at !== null;) {
      const item = items.get(at);
      if (item === undefined || seen.has(at)) return id !== null;
      if (item.classification === 'confidential') return true;
      seen.add(at);
      at = item.parentId;
    }
    return false;
  };
  const flaggedEntries = new Set(
    [...body.meetings, meeting].flatMap((m) =>
      m.minuteBlocks.flatMap((b) => (b.kind === 'action' && b.confidential ? [b.actionId] : [])),
    ),
  );
  const actionSecret = (action: Action | undefined): boolean => {
    if (action === undefined) return true;
    if (action.declassified !== null) return false;
    return (
      action.confidential ||
      flaggedEntries.has(action.id) ||
      (action.itemId !== null && itemSecret(action.itemId))
    );
  };
  /** Strictly inside a confidential item: an own-confidential item's title stays public. */
  const underSecret = (item: AgendaItem): boolean =>
    item.parentId !== null && itemSecret(item.parentId);
  return { itemSecret, actionSecret, underSecret };
}

const place = (key: string, label: string, link: Partial<Place> = {}): Place => ({
  key,
  label,
  itemId: null,
  blockId: null,
  actionId: null,
  ...link,
});

/**
 * Whether the body shows a confidential item of the public agenda by its title. Read from the
 * body's own record: the setting may be missing (a body stored before archive format 4),
 * which means its default, 'title'; any other value than 'title' counts as leaving them out.
 */
function agendaShowsTitles(body: ArchiveBody): boolean {
  const setting = (body as { agendaConfidentialItems?: unknown }).agendaConfidentialItems;
  return setting === undefined || setting === 'title';
}

/**
 * Every text of one meeting of a body, sorted by the guard's rule, and the writers' wording
 * of the document checked (the minutes unless `document` says the agenda).
 */
export function guardSources(
  body: ArchiveBody,
  meeting: ArchiveMeeting,
  document: DocumentKind = 'minutes',
): GuardSources {
  const rule = guardRule(body, meeting);
  const actions = new Map(body.actions.map((a) => [a.id, a]));
  const out: GuardSources = { confidential: [], public: [], generated: [] };
  const put = (text: string, secret: boolean, at: Place, exact = false) => {
    if (text.trim() === '') return;
    const entry: GuardText = exact ? { text, place: at, exact } : { text, place: at };
    (secret ? out.confidential : out.public).push(entry);
  };
  const agenda = document === 'agenda';
  const titlesShown = !agenda || agendaShowsTitles(body);
  /** Presenters of confidential items, before those that public texts name go. */
  const presenters: GuardText[] = [];
  const settings = place('body', "the body's settings");
  for (const text of [body.name, body.minutesName, body.secretariat, body.publicSummarySentence])
    put(text, false, settings);
  put(meeting.venue, false, place('meeting', "the meeting's details"));
  for (const a of meeting.attendance) {
    const at = place(`attendance:${a.id}`, 'the attendance');
    for (const text of [a.name, a.organisation, a.note]) put(text, false, at);
    out.generated.push(`${a.name} ${a.organisation} ${a.note}`);
  }

  for (const { item, number } of numberArchiveMeeting(body, meeting)) {
    // Places are named as the screens name the item: by number, or by title when unnumbered.
    const name = number !== '' ? `item ${number}` : `the item “${item.title.trim()}”`;
    const link = { itemId: item.id };
    const itemSecret = rule.itemSecret(item.id);
    // An agenda that leaves confidential items out may not print their titles or summaries.
    const under = rule.underSecret(item) || (!titlesShown && itemSecret);
    // A public title is printed as a heading, which confidential text may name freely: it is
    // the writers' wording, not a public text that could repeat a secret.
    if (under) put(item.title, true, place(`title:${item.id}`, `the title of ${name}`, link));
    put(
      item.publicSummary,
      under,
      place(`summary:${item.id}`, `the public summary of ${name}`, link),
    );
    if (!under) {
      out.generated.push(`${number} ${item.title}`);
      out.generated.push(`${item.publicSummary} ${body.publicSummarySentence}`);
    }
    if (agenda) {
      const at = place(`presenter:${item.id}`, `the presenter of ${name}`, link);
      if (itemSecret) presenters.push({ text: item.presenter, place: at });
      else put(item.presenter, false, at);
      item.paperRefs.forEach((ref, i) => {
        const where = place(`paper:${item.id}:${String(i)}`, `a paper reference of ${name}`, link);
        put(ref, itemSecret, where, true);
      });
    }
    const count = { paragraph: 0, note: 0, decision: 0 };
    const blocks = meeting.minuteBlocks.filter((b) => b.itemId === item.id).sort(byPosition);
    for (const block of blocks) {
      const blockSecret = itemSecret || block.confidential;
      const at = (key: string, label: string) =>
        place(key, label, { itemId: item.id, blockId: block.id });
      if (block.kind === 'paragraph' || block.kind === 'note') {
        count[block.kind] += 1;
        const what = block.kind === 'note' ? 'post-meeting note' : 'paragraph';
        const label = `${what} ${String(count[block.kind])} of ${name}`;
        put(block.text, blockSecret, at(`block:${block.id}`, label));
        if (!blockSecret && block.kind === 'note')
          out.generated.push(`Post Meeting Note: ${block.text}`);
      }
      if (block.kind === 'decisions') {
        block.decisions.forEach((d, i) => {
          count.decision += 1;
          const label = `decision ${String(count.decision)} of ${name}`;
          const secret = blockSecret || d.confidential;
          put(d.text, secret, at(`decision:${block.id}:${String(i)}`, label));
          if (!secret) out.generated.push(`${body.minutesName} ${d.verb} ${d.text}`);
        });
      }
    }
  }

  if (!agenda) addAmendmentSources(out, body, meeting, rule.itemSecret);
  const declared = interestTexts(meeting, rule.itemSecret);
  for (const d of declared.texts) put(d.text, d.secret, d.place);
  if (!agenda) out.generated.push(...declared.generated);

  const updatedHere = body.actionUpdates.filter((u) => u.meetingId === meeting.id);
  const concerned = new Set([
    ...body.actions.filter((a) => a.meetingId === meeting.id).map((a) => a.id),
    ...updatedHere.map((u) => u.actionId),
  ]);
  for (const id of concerned) {
    const action = actions.get(id);
    if (action === undefined) continue;
    const secret = rule.actionSecret(action);
    const at = place(`action:${action.id}`, `action ${action.reference}`, {
      itemId: action.meetingId === meeting.id ? action.itemId : null,
      actionId: action.id,
    });
    put(action.text, secret, at);
    put(action.owner, false, at);
    if (!secret) {
      const due = shortDate(action.dueDate);
      out.generated.push(actionLine(action, body));
      out.generated.push(`${action.reference} ${action.owner} ${action.text} ${due}`);
    }
  }
  const shownUpdates: { reference: string; text: string }[] = [];
  for (const update of updatedHere) {
    const action = actions.get(update.actionId);
    const secret = update.confidential || rule.actionSecret(action);
    const reference = action?.reference ?? 'an action';
    const at = place(`update:${update.id}`, `the update to ${reference}`, {
      actionId: update.actionId,
    });
    put(update.text, secret, at);
    if (!secret) shownUpdates.push({ reference, text: update.text });
  }
  for (const row of outstandingRows(shownUpdates)) out.generated.push(`${row.label} ${row.text}`);
  const saidPublicly = new Set(out.public.map((t) => guardPhrase(t.text)));
  for (const { text, place: at } of presenters)
    if (!saidPublicly.has(guardPhrase(text))) put(text, true, at);
  out.generated.push(...(agenda ? agendaWording(body, meeting) : fixedWording(body, meeting)));
  return out;
}

/**
 * The writers' own words in the public minutes: title block, captions, column titles, labels,
 * the lines under a deferred or withdrawn item, page furniture (the house style's wording,
 * minutes/house-style.ts, written out here so the guard shares no code with what it checks).
 */
function fixedWording(body: ArchiveBody, meeting: ArchiveMeeting): string[] {
  const n = String(meeting.number);
  const date = longDate(meeting.date);
  return [
    `${body.name} Minutes of Meeting ${n} ${date} Time: ${meeting.startTime} Venue: ${meeting.venue}`,
    `${body.name} Meeting ${n} Minutes`,
    `Public minutes of the ${body.name} meeting held on ${date}`,
    'Attendance Present Name Organisation Note Apologies In attendance',
    'Actions Outstanding Action Reference Update',
    `Summary of actions Actions arising from Meeting ${n} Reference Owner Action Due`,
    `${body.minutesName}:`,
    body.deferredItemLine,
    body.withdrawnItemLine,
    'PUBLIC \u2014 DRAFT',
    'PUBLIC \u2014 DRAFT Page of',
    'Minutebook',
  ];
}

/** The writers' own words in the public agenda: title block, column titles, page furniture. */
function agendaWording(body: ArchiveBody, meeting: ArchiveMeeting): string[] {
  const n = String(meeting.number);
  const date = longDate(meeting.date);
  return [
    `${body.name} Agenda of Meeting ${n} ${date} Time: ${meeting.startTime} Venue: ${meeting.venue}`,
    `${body.name} Meeting ${n} Agenda`,
    `Public agenda of the ${body.name} meeting on ${date}`,
    'Item Title Presenter Papers Time',
    'min',
    body.deferredItemLine,
    body.withdrawnItemLine,
    'PUBLIC \u2014 DRAFT',
    'PUBLIC \u2014 DRAFT Page of',
    'Minutebook',
  ];
}
