import { Link } from 'wouter';
import type { Body } from '../../domain';

export type BodyTab = 'meetings' | 'settings' | 'actions';

const tabs: readonly { tab: BodyTab; label: string; path: string }[] = [
  { tab: 'meetings', label: 'Meetings', path: '' },
  { tab: 'settings', label: 'Settings and members', path: '/settings' },
  { tab: 'actions', label: 'Action log', path: '/actions' },
];

/** Breadcrumb, title and the body's screens, shared by every body screen. */
export function BodyHeader({ body, current }: { body: Body; current: BodyTab }) {
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <Link href="/">Bodies</Link> › <span aria-current="page">{body.name}</span>
      </nav>
      <h1>{body.name}</h1>
      <nav aria-label="Body" className="tabs">
        {tabs.map((t) => (
          <Link
            key={t.tab}
            href={`/bodies/${body.id}${t.path}`}
            aria-current={t.tab === current ? 'page' : undefined}
          >
            {t.label}
          </Link>
        ))}
      </nav>
    </>
  );
}
