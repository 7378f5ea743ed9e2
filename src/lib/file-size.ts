/** Human file sizes in Vietnamese notation ("1,2 MB", "85 KB"). */
export function formatBytes(bytes: number): string {
  const kb = Math.max(1, Math.round(bytes / 1024));
  // 1 048 000 bytes round to "1024 KB": say "1,0 MB" instead.
  if (kb < 1024) return `${kb} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace('.', ',')} MB`;
}

/** "21 × 29,7 cm" or "300 × 100 cm" from millimetres. */
export function formatCm(widthMm: number, heightMm: number): string {
  const cm = (mm: number) => String(Math.round(mm) / 10).replace('.', ',');
  return `${cm(widthMm)} × ${cm(heightMm)} cm`;
}
