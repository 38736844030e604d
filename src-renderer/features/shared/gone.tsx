import { Link } from 'wouter';

/** What a screen shows when the body or meeting it was opened for has been removed. */
export function Gone({ what }: { what: 'body' | 'meeting' }) {
  return (
    <p>
      This {what} no longer exists. <Link href="/">Back to the bodies</Link>
    </p>
  );
}
