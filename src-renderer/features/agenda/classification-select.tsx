import { useId } from 'react';
import type { Classification } from '../../domain';

/** Public or confidential: a confidential item's minutes reach only the confidential set. */
export function ClassificationSelect(props: {
  value: Classification;
  onChange: (value: Classification) => void;
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>Classification</label>
      <select
        id={id}
        value={props.value}
        onChange={(e) =>
          props.onChange(e.target.value === 'confidential' ? 'confidential' : 'public')
        }
      >
        <option value="public">Public</option>
        <option value="confidential">Confidential</option>
      </select>
    </div>
  );
}
