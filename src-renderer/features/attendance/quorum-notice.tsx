import { Link } from 'wouter';
import { describeQuorum, type QuorumStatus } from '../../domain';

/**
 * Whether the meeting is quorate. The live region is always there, so that a change (someone
 * moved to apologies) is announced; the warning shows only when the meeting is not quorate.
 */
export function QuorumNotice(props: { status: QuorumStatus; bodyId: string; locked: boolean }) {
  const { status, bodyId } = props;
  const warn = !status.quorate;
  return (
    <div role="status" className={`quorum ${warn ? 'quorum-warning' : 'quorum-ok'}`}>
      {status.required > 0 && (
        <span className="quorum-icon" aria-hidden="true">
          {warn ? '!' : '✓'}
        </span>
      )}
      <span>{describeQuorum(status)}</span>
      {status.required === 0 && !props.locked && (
        <Link href={`/bodies/${bodyId}/settings`} className="quorum-link">
          Set a quorum
        </Link>
      )}
    </div>
  );
}
