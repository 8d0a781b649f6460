/**
 * Masks a person's name for a public answer: the family name stays, every other word keeps its first letter followed
 * by `***` (one-letter words stay as they are). Whitespace is collapsed; an empty name gives `''`.
 *
 * @example maskPersonName('Nguyễn Văn A') // 'Nguyễn V*** A'
 * @example maskPersonName('Trần Thị Mai') // 'Trần T*** M***'
 */
export function maskPersonName(name: string): string {
  const [family = '', ...rest] = name.trim().split(/\s+/);
  return [family, ...rest.map((word) => (Array.from(word).length <= 1 ? word : `${Array.from(word)[0]}***`))].join(' ');
}
