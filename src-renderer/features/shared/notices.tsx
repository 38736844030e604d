import { useServices, useAppState } from '../shell/app-context';
import { useReportError } from './use-report-error';

/** Messages and undo offers, announced to screen readers as they appear. */
export function Notices() {
  const { store } = useServices();
  const notices = useAppState((s) => s.notices);
  const report = useReportError();
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.tone}`}>
          <span>{n.message}</span>
          {n.undo && (
            <button
              type="button"
              onClick={() => {
                const undo = n.undo;
                store.getState().dismiss(n.id);
                undo?.().catch(report);
              }}
            >
              Undo
            </button>
          )}
          <button
            type="button"
            className="icon-button"
            aria-label="Dismiss message"
            onClick={() => store.getState().dismiss(n.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
