import { useId, useState } from 'react';
import { useAttendance, type DecisionPatch } from '../../db';
import type { Decision } from '../../domain';
import { useReportError } from '../shared/use-report-error';
import { useSaveField, useServices } from '../shell/app-context';
import {
  draftOf,
  voteFromDraft,
  voteSummary,
  type Side,
  type VoteDraft,
  type VoteMode,
} from './vote-draft';
import './vote-editor.css';

interface Props {
  meetingId: string;
  blockId: string;
  decision: Decision;
  /** "Decision 2, item 4": names every control. */
  name: string;
}

/**
 * A vote (by counts or by names) and a recorded dissent, under one decision. Closed, it is one
 * line; the form, and its reading of the attendance, exist only while it is open, so a long
 * agenda's decisions cost no query each.
 */
export function VoteEditor(props: Props) {
  const { decision, name } = props;
  const [open, setOpen] = useState(false);
  const summary = [
    decision.vote === null ? '' : `Vote: ${voteSummary(decision.vote)}`,
    decision.dissent.length === 0 ? '' : `Dissent: ${decision.dissent.join(', ')}`,
  ]
    .filter((s) => s !== '')
    .join(' · ');
  return (
    <details className="decision-vote" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary aria-label={`Vote and dissent, ${name}`}>
        Vote and dissent{summary === '' ? '' : `: ${summary}`}
      </summary>
      {open && <VoteForm {...props} />}
    </details>
  );
}

function VoteForm({ meetingId, blockId, decision, name }: Props) {
  const { db } = useServices();
  const rows = useAttendance(db, meetingId);
  const saveField = useSaveField();
  const report = useReportError();
  const id = useId();
  const [draft, setDraft] = useState<VoteDraft | null>(null);
  const [error, setError] = useState('');
  const form = draft ?? draftOf(decision.vote);
  // Who may be named: those present, then anyone already named who is no longer listed.
  const present = (rows ?? []).filter((r) => r.role === 'present').map((r) => r.name);
  const named = [...Object.keys(form.sides), ...decision.dissent];
  const people = [...new Set([...present, ...named])];
  const save = (patch: DecisionPatch, expected: DecisionPatch) =>
    saveField({ op: 'updateDecision', id: blockId, decisionId: decision.id, patch, expected });
  const change = (next: Partial<VoteDraft>) => {
    setError('');
    setDraft({ ...form, ...next });
  };
  const record = () => {
    const result = voteFromDraft(form);
    if ('error' in result) {
      setError(result.error);
      return;
    }
    save({ vote: result.vote }, { vote: decision.vote }).then(() => setDraft(null), report);
  };
  // A box shows its click at once, until the stored list it was clicked against changes.
  const [clicked, setClicked] = useState<{ value: string[]; over: string[] } | null>(null);
  const dissent =
    clicked !== null && clicked.over.join('\n') === decision.dissent.join('\n')
      ? clicked.value
      : decision.dissent;
  const toggleDissent = (person: string, on: boolean) => {
    const next = on ? [...dissent, person] : dissent.filter((d) => d !== person);
    setClicked({ value: next, over: decision.dissent });
    save({ dissent: next }, { dissent: decision.dissent }).catch((e: unknown) => {
      setClicked(null);
      report(e);
    });
  };
  const modes: [VoteMode, string][] = [
    ['none', 'No vote'],
    ['counts', 'By counts'],
    ['named', 'Named'],
  ];
  return (
    <>
      <fieldset>
        <legend>Record a vote</legend>
        <div
          className="vote-modes"
          role="radiogroup"
          aria-label={`How the vote on ${name} was taken`}
        >
          {modes.map(([mode, label]) => (
            <label key={mode}>
              <input
                type="radio"
                name={`${id}-mode`}
                checked={form.mode === mode}
                onChange={() => change({ mode })}
              />
              {label}
            </label>
          ))}
        </div>
        {form.mode === 'counts' && (
          <div className="vote-counts">
            {(['for', 'against', 'abstain'] as const).map((side) => (
              <label key={side}>
                {side === 'abstain' ? 'Abstentions' : side === 'for' ? 'For' : 'Against'}
                <input
                  inputMode="numeric"
                  size={4}
                  value={form.counts[side]}
                  aria-label={`${side === 'abstain' ? 'Abstentions' : side === 'for' ? 'For' : 'Against'}, ${name}`}
                  onChange={(e) => change({ counts: { ...form.counts, [side]: e.target.value } })}
                />
              </label>
            ))}
          </div>
        )}
        {form.mode === 'named' &&
          (people.length === 0 ? (
            <p className="hint">Nobody is listed as present on the Attendance screen.</p>
          ) : (
            <ul className="vote-names">
              {people.map((person) => (
                <li key={person}>
                  <span>{person}</span>
                  <select
                    aria-label={`Vote of ${person}, ${name}`}
                    value={form.sides[person] ?? ''}
                    onChange={(e) =>
                      change({ sides: { ...form.sides, [person]: e.target.value as Side } })
                    }
                  >
                    <option value="">—</option>
                    <option value="for">For</option>
                    <option value="against">Against</option>
                    <option value="abstain">Abstained</option>
                  </select>
                </li>
              ))}
            </ul>
          ))}
        <div className="vote-actions">
          {(form.mode !== 'none' || decision.vote !== null) && (
            <button type="button" onClick={record}>
              {form.mode === 'none' ? 'Clear the vote' : 'Record the vote'}
            </button>
          )}
          {draft !== null && (
            <button
              type="button"
              className="link-button"
              onClick={() => {
                setError('');
                setDraft(null);
              }}
            >
              Undo changes
            </button>
          )}
        </div>
        {error !== '' && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
      </fieldset>
      <fieldset>
        <legend>Record dissent</legend>
        {people.length === 0 ? (
          <p className="hint">Nobody is listed as present on the Attendance screen.</p>
        ) : (
          <ul className="vote-names">
            {people.map((person) => (
              <li key={person}>
                <label>
                  <input
                    type="checkbox"
                    checked={dissent.includes(person)}
                    onChange={(e) => toggleDissent(person, e.target.checked)}
                    aria-label={`Dissent of ${person}, ${name}`}
                  />
                  {person}
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
    </>
  );
}
