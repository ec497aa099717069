/**
 * The styling a human-readable formatter may use. The CLI passes a chalk
 * instance with the color level it decided; tests pass `plainStyle`.
 */
export type Paint = (text: string) => string;

export interface Style {
  bold: Paint;
  dim: Paint;
  italic: Paint;
  underline: Paint;
  red: Paint;
  green: Paint;
  yellow: Paint;
  blue: Paint;
  magenta: Paint;
  cyan: Paint;
  gray: Paint;
}

const same: Paint = (text) => text;
export const plainStyle: Style = {
  bold: same, dim: same, italic: same, underline: same, red: same, green: same, yellow: same,
  blue: same, magenta: same, cyan: same, gray: same,
};
