import { useCallback } from 'react';
import { useBody, useMeetings } from '../../db';
import { limits, type Body } from '../../domain';
import { todayIso } from '../shared/dates';
import { EditableText } from '../shared/editable-text';
import { useSaveField, useServices } from '../shell/app-context';
import { ActionRefTemplate } from './action-ref-template';
import { BodyHeader } from './body-header';
import { CirculationSettings } from './circulation-settings';
import { DecisionVerbsEditor } from './decision-verbs-editor';
import { HouseStyleCard } from './house-style-card';
import { MembersList } from './members-list';
import { InterestSettings } from './interest-settings';
import { PublicAgendaSettings } from './public-agenda-settings';
import { MinutesStyleSettings } from './minutes-style-settings';
import { QuorumField } from './quorum-field';
import { Gone } from '../shared/gone';
import './body-settings.css';

/**
 * A body's settings: its names, house style (with presets, a style file and a live preview),
 * decision verbs, action references, public minutes, the lines for deferred and withdrawn
 * items, curly quotes, timing, members.
 */
export function BodySettingsPage({ bodyId }: { bodyId: string }) {
  const { db } = useServices();
  const body = useBody(db, bodyId);
  const meetings = useMeetings(db, bodyId);

  if (body === undefined) return <p aria-busy="true">Loading…</p>;
  if (body === null) return <Gone what="body" />;
  // The example reference uses the latest meeting, or an imagined first one today.
  const latest = meetings?.[0];
  const sample = {
    meetingNumber: latest?.number ?? 1,
    meetingDate: latest?.date ?? todayIso(),
    sequence: 1,
  };

  return (
    <div className="page">
      <BodyHeader body={body} current="settings" />
      <div className="settings-grid">
        <div className="settings-column">
          <BodyDetails body={body} />
          <HouseStyleCard body={body} />
          <ActionRefTemplate body={body} sample={sample} />
          <PublicMinutes body={body} />
          <PublicAgendaSettings body={body} />
          <MinutesStyleSettings body={body} />
          <InterestSettings body={body} />
        </div>
        <div className="settings-column">
          <MembersList bodyId={body.id} />
          <DecisionVerbsEditor body={body} />
          <CirculationSettings body={body} />
        </div>
      </div>
    </div>
  );
}

function useSaveBody(bodyId: string) {
  const saveField = useSaveField();
  return useCallback(
    (key: 'name' | 'minutesName' | 'actionPrefix' | 'secretariat' | 'publicSummarySentence') =>
      (value: string, was: string) =>
        saveField({
          op: 'updateBody',
          id: bodyId,
          patch: { [key]: value },
          expected: { [key]: was },
        }),
    [saveField, bodyId],
  );
}

function BodyDetails({ body }: { body: Body }) {
  const save = useSaveBody(body.id);
  return (
    <section className="card form settings-card" aria-labelledby="details-heading">
      <h2 id="details-heading">Details</h2>
      <EditableText label="Name" value={body.name} onCommit={save('name')} />
      <EditableText
        label="The minutes call it"
        value={body.minutesName}
        onCommit={save('minutesName')}
        placeholder="The Panel"
      />
      <div className="row">
        <EditableText
          label="Action prefix"
          value={body.actionPrefix}
          onCommit={save('actionPrefix')}
          maxLength={20}
        />
        <EditableText label="Secretariat" value={body.secretariat} onCommit={save('secretariat')} />
        <QuorumField bodyId={body.id} quorum={body.quorum} />
      </div>
    </section>
  );
}

function PublicMinutes({ body }: { body: Body }) {
  const save = useSaveBody(body.id);
  return (
    <section className="card form settings-card" aria-labelledby="public-heading">
      <h2 id="public-heading">Public minutes</h2>
      <EditableText
        label="Sentence after a confidential item’s summary"
        multiline
        maxLength={limits.longText}
        value={body.publicSummarySentence}
        onCommit={save('publicSummarySentence')}
      />
      <p className="hint">
        The public minutes give a confidential item’s title and its public summary, then this
        sentence.
      </p>
    </section>
  );
}
