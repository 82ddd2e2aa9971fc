/**
 * What every MapLibre label of the 2D map shares: the fonts our glyph server has, and the label
 * text in the UI language. Pure (style values only).
 */
import type { ExpressionSpecification } from 'maplibre-gl';

/** Fonts of the labels (each a fontstack the glyph server knows). */
export const BASE_FONTS = { regular: 'Noto Sans Regular', medium: 'Noto Sans Medium', italic: 'Noto Sans Italic' } as const;

/**
 * The label text of a feature in `lang`: for a `labelProperty` like `name_vi`, `name_<lang>` when the
 * feature has it, else `labelProperty` itself (the 3D view's `localizedLabel` rule).
 */
export function labelTextExpression(labelProperty: string, lang: string | undefined): ExpressionSpecification {
  const m = /^(.*)_([a-z]{2})$/.exec(labelProperty);
  const own: ExpressionSpecification = ['to-string', ['get', labelProperty]];
  return m && lang && m[2] !== lang ? ['coalesce', ['get', `${m[1]}_${lang}`], own] : own;
}

/** The label text of a feature with `name_vi` (and maybe `name_en`…): the language's name, else the Vietnamese one. */
export function labelTextField(lang: string | undefined): ExpressionSpecification {
  return labelTextExpression('name_vi', lang);
}
