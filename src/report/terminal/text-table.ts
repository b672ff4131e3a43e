/**
 * Aligned plain-text columns for the terminal: padding measured on the visible text, so cells
 * may carry colour codes. A column that runs on (a sentence) is not padded, and the cells after
 * it follow it directly, so one long sentence does not widen every row.
 */
import { stripVTControlCharacters } from 'node:util';

export interface TextColumn {
  readonly align?: 'left' | 'right';
  readonly runOn?: boolean;
}

export function visibleLength(text: string): number {
  return stripVTControlCharacters(text).length;
}

/** Rows of cells as lines, columns two spaces apart; no line ends in spaces. */
export function table(
  rows: readonly (readonly string[])[],
  align: readonly ('left' | 'right')[] = [],
): string[] {
  return alignedRows(
    rows,
    align.map((a) => ({ align: a })),
  );
}

export function alignedRows(
  rows: readonly (readonly string[])[],
  columns: readonly TextColumn[],
): string[] {
  const firstRunOn = columns.findIndex((c) => c.runOn === true);
  const aligned = (i: number) => firstRunOn < 0 || i < firstRunOn;
  const widths: number[] = [];
  for (const row of rows)
    row.forEach((cell, i) => {
      if (aligned(i)) widths[i] = Math.max(widths[i] ?? 0, visibleLength(cell));
    });
  return rows.map((row) =>
    row
      .reduce((line, cell, i) => {
        if (i === 0) return padded(cell, widths[0], columns[0], row.length === 1);
        // Cells after a run-on sentence follow it with one space; an empty one adds nothing.
        if (!aligned(i) && i > firstRunOn)
          return visibleLength(cell) === 0 ? line : `${line} ${cell}`;
        return `${line}  ${padded(cell, aligned(i) ? widths[i] : undefined, columns[i], i === row.length - 1)}`;
      }, '')
      .trimEnd(),
  );
}

function padded(
  cell: string,
  width: number | undefined,
  column: TextColumn | undefined,
  last: boolean,
): string {
  const pad = ' '.repeat(Math.max(0, (width ?? 0) - visibleLength(cell)));
  return column?.align === 'right' ? pad + cell : last ? cell : cell + pad;
}
