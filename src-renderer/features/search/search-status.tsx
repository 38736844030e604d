import type { SearchStatus } from '../../db/search-client';

/**
 * One line above the results, read out politely: the index's progress while it is first
 * built, then how many results there are.
 */
export function SearchStatusLine(props: {
  status: SearchStatus | null;
  count: string | null;
  typed: boolean;
}) {
  const { status, count, typed } = props;
  let line = '';
  if (status === null || (status.state === 'building' && status.total === 0))
    line = 'Preparing the search…';
  else if (status.state === 'failed')
    line = `The search could not read everything: ${status.message ?? 'unknown error'}.`;
  else if (status.state === 'building' && count === null)
    line = `Preparing the search: ${status.done.toLocaleString('en-GB')} of ${status.total.toLocaleString('en-GB')} entries…`;
  else if (count !== null) line = count;
  else if (!typed) line = 'Type words to find, in any meeting of any body.';
  return (
    <p className="search-status" role="status" aria-live="polite">
      {line}
    </p>
  );
}
