/** The "Căn cứ" line printed on a material, from its citations (pure, shared by the build and tests). */

export interface CitedDocument {
  slug: string;
  tenNgan: string;
  soHieu: string | null;
}

export interface CitedPart {
  doc: CitedDocument;
  dieu?: number;
  khoan?: number;
}

/** "Căn cứ: Điều 6, khoản 4 Điều 18 Luật Bình đẳng giới (73/2006/QH11)." — grouped by document. */
export function citationLine(parts: CitedPart[]): string {
  const byDoc = new Map<string, { doc: CitedDocument; parts: string[] }>();
  for (const { doc, dieu, khoan } of parts) {
    const group = byDoc.get(doc.slug) ?? { doc, parts: [] };
    if (dieu !== undefined) group.parts.push(khoan !== undefined ? `khoản ${khoan} Điều ${dieu}` : `Điều ${dieu}`);
    byDoc.set(doc.slug, group);
  }
  const groups = [...byDoc.values()].map(({ doc, parts: cited }) =>
    // "Nghị định 56/2017/NĐ-CP" already carries its number; "Luật Bình đẳng giới" gets it in brackets.
    [cited.join(', '), doc.tenNgan, doc.soHieu && !doc.tenNgan.includes(doc.soHieu) ? `(${doc.soHieu})` : ''].filter(Boolean).join(' '),
  );
  return `Căn cứ: ${groups.join('; ')}.`;
}
