/**
 * Okabe–Ito colours (Okabe & Ito, "Color Universal Design", 2008): told apart
 * with every common colour-vision deficiency. Ordered so that the first
 * series have at least 3:1 contrast against white (WCAG 1.4.11 for graphics);
 * charts never rely on colour alone (bars carry their values in the table
 * beside them, lines differ by dash and marker too).
 */
export const OKABE_ITO = {
  blue: '#0072B2',
  vermillion: '#D55E00',
  bluishGreen: '#009E73',
  reddishPurple: '#CC79A7',
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  yellow: '#F0E442',
  black: '#000000',
} as const;

/** Series colours in the order charts assign them. */
export const SERIES_COLOURS: readonly string[] = [OKABE_ITO.blue, OKABE_ITO.vermillion, OKABE_ITO.bluishGreen, OKABE_ITO.reddishPurple];

/** Line styles that tell series apart without colour (printed in grey, or for readers who see none). */
export const SERIES_DASHES: readonly (string | undefined)[] = [undefined, '6 3', '2 3', '8 3 2 3'];

export const seriesColour = (index: number): string => SERIES_COLOURS[index % SERIES_COLOURS.length]!;
export const seriesDash = (index: number): string | undefined => SERIES_DASHES[index % SERIES_DASHES.length];

/** Axis and label text: #333 on white is 12.6:1. */
export const INK = '#333333';
export const GRID = '#d0d0d0';
