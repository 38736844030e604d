import { useCallback, useState } from 'react';
import { acceptFinding, readBodyRows } from '../../db';
import type { Finding } from '../../minutes';
import type { Platform } from '../../platform';
import { useServices } from '../shell/app-context';
import type { SaveState } from './export-results';
import { jobTitle, produceExports, type ExportJob, type JobOutcome } from './produce';

export interface ExportRun {
  jobs: ExportJob[];
  outcomes: (JobOutcome | null)[];
}

const filters = {
  pdf: [{ name: 'PDF document', extensions: ['pdf'] }],
  docx: [{ name: 'Word document', extensions: ['docx'] }],
};

async function save(platform: Platform, job: ExportJob, outcome: JobOutcome) {
  if (outcome.status !== 'done') return undefined;
  const result = await platform.saveFile({
    suggestedName: outcome.fileName,
    bytes: outcome.bytes,
    filters: filters[job.format],
  });
  if (result.ok) {
    const where = platform.kind === 'browser' ? 'Downloaded as' : 'Saved to';
    return { tone: 'ok' as const, message: `${where} ${result.path}` };
  }
  if (result.reason === 'cancelled') return undefined;
  return { tone: 'error' as const, message: `${jobTitle(job)} not saved: ${result.message}` };
}

/** The export screen's state: the documents prepared, their outcomes, and saving them. */
export function useExport(bodyId: string | undefined, meetingId: string) {
  const { db, data, platform } = useServices();
  const [run, setRun] = useState<ExportRun | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [saves, setSaves] = useState<SaveState>({});

  const prepare = useCallback(
    async (jobs: ExportJob[]) => {
      if (bodyId === undefined) return;
      setBusy(true);
      setProblem(null);
      setSaves({});
      setRun({ jobs, outcomes: jobs.map(() => null) });
      try {
        const rows = await readBodyRows(db, bodyId);
        await produceExports(rows, meetingId, jobs, (index, outcome) =>
          setRun((r) => r && { jobs: r.jobs, outcomes: r.outcomes.with(index, outcome) }),
        );
      } catch (error) {
        setProblem(error instanceof Error ? error.message : String(error));
      } finally {
        setBusy(false);
      }
    },
    [bodyId, db, meetingId],
  );

  const saveOne = useCallback(
    async (index: number) => {
      const job = run?.jobs[index];
      const outcome = run?.outcomes[index];
      if (job === undefined || outcome == null) return;
      try {
        const state = await save(platform, job, outcome);
        setSaves((s) => ({ ...s, [index]: state }));
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        setSaves((s) => ({ ...s, [index]: { tone: 'error', message } }));
      }
    },
    [platform, run],
  );

  const saveAll = useCallback(async () => {
    for (const index of run?.jobs.keys() ?? []) await saveOne(index);
  }, [run, saveOne]);

  /** Records the secretary's acceptance of a finding, then prepares the same documents again. */
  const accept = useCallback(
    async (finding: Finding) => {
      if (run === null) return;
      try {
        await acceptFinding(data, meetingId, {
          phrase: finding.phrase,
          source: finding.source.key,
          places: finding.places.map((p) => p.key),
          fingerprint: finding.fingerprint,
        });
      } catch (error) {
        setProblem(error instanceof Error ? error.message : String(error));
        return;
      }
      await prepare(run.jobs);
    },
    [data, meetingId, prepare, run],
  );

  return { run, busy, problem, saves, prepare, saveOne, saveAll, accept };
}
