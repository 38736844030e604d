import { useCallback, useState } from 'react';
import { readBodyRows, recordCirculation } from '../../db';
import type { MailPerson } from '../../minutes/circulation';
import { useServices } from '../shell/app-context';
import {
  writeCirculation,
  writeInvitation,
  type CirculationRequest,
  type WrittenFile,
} from './circulate-files';

export interface CirculateStatus {
  tone: 'ok' | 'error';
  message: string;
}

const filters = {
  eml: [{ name: 'E-mail message', extensions: ['eml'] }],
  ics: [{ name: 'Calendar invitation', extensions: ['ics'] }],
};

/** Writing the circulation e-mail or the invitation, saving it, and recording the circulation. */
export function useCirculate(bodyId: string, meetingId: string) {
  const { db, data, platform } = useServices();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<CirculateStatus | null>(null);

  const save = useCallback(
    async (file: WrittenFile, kind: keyof typeof filters): Promise<string | null> => {
      const result = await platform.saveFile({
        suggestedName: file.fileName,
        bytes: file.bytes,
        filters: filters[kind],
      });
      if (result.ok) return result.path;
      if (result.reason === 'cancelled') return null;
      throw new Error(result.message);
    },
    [platform],
  );

  const run = useCallback(async (work: () => Promise<CirculateStatus | null>) => {
    setBusy(true);
    setStatus(null);
    try {
      setStatus(await work());
    } catch (error) {
      setStatus({ tone: 'error', message: error instanceof Error ? error.message : String(error) });
    } finally {
      setBusy(false);
    }
  }, []);

  const where = platform.kind === 'browser' ? 'Downloaded as' : 'Saved to';

  const writeEmail = useCallback(
    (request: CirculationRequest) =>
      run(async () => {
        const rows = await readBodyRows(db, bodyId);
        const { eml, documents } = await writeCirculation(rows, meetingId, request);
        const path = await save(eml, 'eml');
        if (path === null) return null;
        await recordCirculation(data, meetingId, {
          variant: request.variant,
          documents,
          recipients: request.recipients.map((r) => ({ name: r.name, email: r.email })),
        });
        return { tone: 'ok', message: `E-mail written. ${where} ${path}` };
      }),
    [bodyId, data, db, meetingId, run, save, where],
  );

  const writeIcs = useCallback(
    (attendees: readonly MailPerson[]) =>
      run(async () => {
        const rows = await readBodyRows(db, bodyId);
        const path = await save(await writeInvitation(rows, meetingId, attendees), 'ics');
        return path === null
          ? null
          : { tone: 'ok', message: `Invitation written. ${where} ${path}` };
      }),
    [bodyId, db, meetingId, run, save, where],
  );

  return { busy, status, writeEmail, writeIcs };
}
