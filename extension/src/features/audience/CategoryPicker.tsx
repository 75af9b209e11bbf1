/** A Naver Shopping category: the top level, and the page's own deeper one when there is one. */
import { categoryName, topCategoryOptions } from './categories.ts';

export interface CategoryPickerProps {
  label: string;
  value: string | null;
  /** A category beyond the top level to offer too (the page's). */
  extra?: string | null;
  placeholder: string;
  /** Categories not to offer (those already compared). */
  exclude?: readonly string[];
  onPick: (id: string) => void;
}

export function CategoryPicker({ label, value, extra, placeholder, exclude = [], onPick }: CategoryPickerProps) {
  const options = topCategoryOptions().filter((o) => !exclude.includes(o.id) || o.id === value);
  const deeper = [extra, value].filter(
    (id, i, all): id is string => !!id && !options.some((o) => o.id === id) && all.indexOf(id) === i,
  );
  return (
    <label class="category-picker">
      {label}{' '}
      <select
        aria-label={label}
        value={value ?? ''}
        onChange={(e) => {
          const id = e.currentTarget.value;
          if (id) onPick(id);
        }}
      >
        {value === null && (
          <option value="" disabled>
            {placeholder}
          </option>
        )}
        {deeper.map((id) => (
          <option key={id} value={id}>
            {categoryName(id)}
          </option>
        ))}
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </label>
  );
}
