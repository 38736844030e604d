import type { AgendaItem, ConfidentialBy } from '../../domain';

/** Tags for what kind of item this is: Actions Outstanding, standing, confidential. */
export function KindBadge(props: { item: AgendaItem; confidentialBy: ConfidentialBy }) {
  const { item, confidentialBy } = props;
  const tags: { key: string; text: string; title: string }[] = [];
  if (item.kind === 'actions-outstanding') {
    tags.push({
      key: 'kind',
      text: 'Actions Outstanding',
      title: 'The minutes list the open actions of earlier meetings under this item.',
    });
  }
  if (confidentialBy === 'own') {
    tags.push({
      key: 'confidential',
      text: 'Confidential',
      title: 'The public minutes carry only its title and public summary.',
    });
  } else if (confidentialBy === 'inherited') {
    tags.push({
      key: 'confidential',
      text: 'Confidential (inside a confidential item)',
      title: 'Everything inside a confidential item is left out of the public minutes.',
    });
  }
  if (tags.length === 0) return null;
  return (
    <ul className="item-tags" aria-label="Kind">
      {tags.map((t) => (
        <li key={t.key} className={`item-tag tag-${t.key}`} title={t.title}>
          {t.text}
        </li>
      ))}
    </ul>
  );
}

/** The item's details as text, for an agenda that can no longer be edited. */
export function ItemFacts({ item }: { item: AgendaItem }) {
  const facts = [
    item.presenter === '' ? null : `Presenter: ${item.presenter}`,
    item.plannedMinutes === null ? null : `${String(item.plannedMinutes)} min planned`,
    item.standing ? 'Standing item' : null,
  ].filter((f) => f !== null);
  if (facts.length === 0) return null;
  return <p className="item-facts">{facts.join(' · ')}</p>;
}
