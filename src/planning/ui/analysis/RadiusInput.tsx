import { useEffect, useState } from 'react';
import { VIEWSHED_RADIUS } from '../../analysis/analysisParams.ts';

/** Props of {@link RadiusInput}. */
export interface RadiusInputProps {
  label: string;
  /** Current radius, m. */
  value: number;
  /** Called with a radius within {@link VIEWSHED_RADIUS} (m); values outside it are kept in the box but not applied. */
  onChange: (radiusM: number) => void;
}

/** The viewshed radius in metres: free typing, applied whenever the number is in range. */
export function RadiusInput({ label, value, onChange }: RadiusInputProps) {
  const [text, setText] = useState(String(value));
  useEffect(() => setText(String(value)), [value]);
  const n = Number(text);
  const valid = text.trim() !== '' && n >= VIEWSHED_RADIUS.min && n <= VIEWSHED_RADIUS.max;
  return (
    <label className="analysis-radius">
      {label}
      <input
        type="number"
        min={VIEWSHED_RADIUS.min}
        max={VIEWSHED_RADIUS.max}
        step={50}
        value={text}
        aria-invalid={!valid}
        onChange={(e) => {
          setText(e.target.value);
          const next = Number(e.target.value);
          if (e.target.value.trim() !== '' && next >= VIEWSHED_RADIUS.min && next <= VIEWSHED_RADIUS.max) onChange(next);
        }}
        onBlur={() => !valid && setText(String(value))}
        data-testid="viewshed-radius"
      />
    </label>
  );
}
