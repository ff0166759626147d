/** Prints rows as a plain aligned table (first row the header) for the size and bench reports. */
export function printTable(rows: string[][], leftAligned: readonly number[] = [0]): void {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  for (const row of rows) {
    const cells = row.map((cell, i) =>
      leftAligned.includes(i) ? cell.padEnd(widths[i]) : cell.padStart(widths[i]),
    );
    console.log(cells.join(' | ').trimEnd());
  }
}
