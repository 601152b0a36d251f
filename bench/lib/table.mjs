// A Markdown table with padded columns: readable in a terminal, pasteable into the README.
export function formatTable(header, rows) {
  const widths = header.map((h, j) => Math.max(h.length, ...rows.map((r) => String(r[j]).length)));
  const line = (cells) => `| ${cells.map((c, j) => String(c).padEnd(widths[j])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}
