import { type RegionSearchResult, type RegionSearchState, RegionCombobox } from './RegionCombobox';

/**
 * A list filter by region: the chosen region as a removable chip, or (none chosen) the region type-ahead. The page
 * keeps the typed text and its search (useRegionSearch) and the chosen code in its URL.
 */
export function RegionFilter({
  label,
  chosenName,
  removeLabel,
  onRemove,
  text,
  onTextChange,
  search,
  onChoose,
}: {
  label: string;
  /** The chosen region's name (or code until its name is known); null when none is chosen. */
  chosenName: string | null;
  removeLabel: string;
  onRemove: () => void;
  text: string;
  onTextChange: (text: string) => void;
  search: RegionSearchState;
  onChoose: (region: RegionSearchResult) => void;
}) {
  if (chosenName !== null) {
    return (
      <ul className="chips">
        <li className="chip">
          <span>
            {label}: {chosenName}
          </span>
          <button type="button" aria-label={removeLabel} onClick={onRemove}>
            ×
          </button>
        </li>
      </ul>
    );
  }
  return (
    <RegionCombobox
      label={label}
      text={text}
      onTextChange={onTextChange}
      search={search}
      onChoose={(region) => {
        onTextChange('');
        onChoose(region);
      }}
    />
  );
}
