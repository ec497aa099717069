/** Short articles of our own for batch tests; each differs so that order shows. */
export function germanArticle(n: number): string {
  return `Werk Nummer ${n}\n\nDer Konzern Nvidia will ${n * 10 + 5} Prozent mehr Chips bauen, sagte ein Sprecher.\n` +
    `Das Unternehmen investiert ${n + 1},5 Milliarden Euro in das Werk Nummer ${n}.\n`;
}

export function englishArticle(n: number): string {
  return `Plant number ${n}\n\nNvidia plans to build ${n * 10 + 5} percent more chips, a spokesperson said.\n` +
    `The company is investing $${n + 1}.5 billion in plant number ${n}.\n`;
}
