import type { ExpressionSpecification } from 'maplibre-gl';

/**
 * Article colours: Okabe–Ito and Tableau hues, told apart by most colour-blind readers and
 * readable on the pale basemap. With more articles than colours they repeat.
 */
export const ARTICLE_COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#8c564b', '#7f3c8d', '#11a579', '#e73f74'];

export const articleColour = (articleIdx: number): string => ARTICLE_COLOURS[articleIdx % ARTICLE_COLOURS.length]!;

/** The same colour, chosen on the map from an article index held in a feature property. */
export function articleColourExpression(index: ExpressionSpecification): ExpressionSpecification {
  return ['to-color', ['at', ['%', index, ARTICLE_COLOURS.length], ['literal', ARTICLE_COLOURS]]];
}

export const INK = '#1f2937';
export const MIXED = '#374151';
