import { useId } from 'react';
import type { SearchStatus } from '../../db/search-client';
import { searchKinds, type SearchKind } from '../../domain/search-docs';
import type { SearchFilters } from './use-search';

/** The filters beside the search box: body, year, kind, order, and confidential text. */
export function SearchFilterBar(props: {
  filters: SearchFilters;
  status: SearchStatus | null;
  onChange: (filters: SearchFilters) => void;
}) {
  const { filters, status, onChange } = props;
  const id = useId();
  const set = (patch: Partial<SearchFilters>) => onChange({ ...filters, ...patch });
  return (
    <fieldset className="search-filters">
      <legend className="visually-hidden">Filters</legend>
      <span className="search-filter">
        <label htmlFor={`${id}-body`}>Body</label>
        <select
          id={`${id}-body`}
          value={filters.bodyId ?? ''}
          onChange={(e) => set({ bodyId: e.target.value === '' ? null : e.target.value })}
        >
          <option value="">All bodies</option>
          {status?.bodies.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </select>
      </span>
      <span className="search-filter">
        <label htmlFor={`${id}-year`}>Year</label>
        <select
          id={`${id}-year`}
          value={filters.year === null ? '' : String(filters.year)}
          onChange={(e) => set({ year: e.target.value === '' ? null : Number(e.target.value) })}
        >
          <option value="">All years</option>
          {status?.years.map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
        </select>
      </span>
      <span className="search-filter">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select
          id={`${id}-kind`}
          value={filters.kind ?? ''}
          onChange={(e) =>
            set({ kind: e.target.value === '' ? null : (e.target.value as SearchKind) })
          }
        >
          <option value="">Everything</option>
          {searchKinds.map((k) => (
            <option key={k.kind} value={k.kind}>
              {k.label}
            </option>
          ))}
        </select>
      </span>
      <span className="search-filter">
        <label htmlFor={`${id}-order`}>Order</label>
        <select
          id={`${id}-order`}
          value={filters.order}
          onChange={(e) => set({ order: e.target.value === 'newest' ? 'newest' : 'relevance' })}
        >
          <option value="relevance">Best match first</option>
          <option value="newest">Newest meeting first</option>
        </select>
      </span>
      <label className="search-confidential-choice">
        <input
          type="checkbox"
          checked={filters.includeConfidential}
          onChange={(e) => set({ includeConfidential: e.target.checked })}
        />
        Include confidential
      </label>
    </fieldset>
  );
}
