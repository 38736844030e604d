import { useEffect, useRef } from 'react';
import type { Notice } from '../../state';
import { useServices, useAppState } from '../shell/app-context';
import { useClearOfFocus } from './notices-placement';
import { useReportError } from './use-report-error';
import './notices.css';

/**
 * Messages and undo offers, in a corner clear of the focused field. Confirmations are read out
 * politely and errors at once, without taking the focus; hovering or focusing a notice holds
 * the confirmations, so its Undo can be reached.
 */
export function Notices() {
  const { store } = useServices();
  const notices = useAppState((s) => s.notices);
  const region = useRef<HTMLDivElement>(null);
  const hovered = useRef(false);
  // Where the focus was before it came to a notice: it goes back there when the notice goes.
  const cameFrom = useRef<HTMLElement | null>(null);
  useClearOfFocus(region, notices);

  const hold = () => {
    const focused = region.current?.contains(document.activeElement) ?? false;
    store.getState().holdNotices(hovered.current || focused);
  };
  // A notice removed under the pointer or the focus fires no leave or blur: look again.
  useEffect(() => {
    if (notices.length === 0) hovered.current = false;
    hold();
  });

  const close = (notice: Notice) => {
    const hadFocus = region.current?.contains(document.activeElement) ?? false;
    store.getState().dismiss(notice.id);
    if (hadFocus && cameFrom.current?.isConnected) cameFrom.current.focus();
  };
  const errors = notices.filter((n) => n.tone === 'error');
  const infos = notices.filter((n) => n.tone === 'info');
  return (
    <div
      ref={region}
      className="notices"
      data-place="bottom-right"
      onMouseEnter={() => {
        hovered.current = true;
        hold();
      }}
      onMouseLeave={() => {
        hovered.current = false;
        hold();
      }}
      onFocus={(e) => {
        if (e.relatedTarget instanceof HTMLElement && !region.current?.contains(e.relatedTarget))
          cameFrom.current = e.relatedTarget;
        hold();
      }}
      onBlur={(e) => {
        const staying =
          e.relatedTarget instanceof Node && region.current?.contains(e.relatedTarget);
        store.getState().holdNotices(hovered.current || staying === true);
      }}
    >
      {/* Both regions are always there: a live region must exist before what it announces. */}
      <div className="notices-live" aria-live="assertive">
        {errors.map((n) => (
          <NoticeView key={n.id} notice={n} onClose={close} />
        ))}
      </div>
      <div className="notices-live" role="status" aria-live="polite">
        {infos.map((n) => (
          <NoticeView key={n.id} notice={n} onClose={close} />
        ))}
      </div>
    </div>
  );
}

function NoticeView(props: { notice: Notice; onClose: (notice: Notice) => void }) {
  const { notice, onClose } = props;
  const report = useReportError();
  return (
    <div className={`notice notice-${notice.tone}`} data-testid="notice">
      <span>{notice.message}</span>
      {notice.undo && (
        <button
          type="button"
          onClick={() => {
            const undo = notice.undo;
            onClose(notice);
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
        onClick={() => onClose(notice)}
      >
        ×
      </button>
    </div>
  );
}
